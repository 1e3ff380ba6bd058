/**
 * The self-check in the browser, on the production pane over the Excel double (which calculates),
 * from the Palīdzība button and from the ribbon's URL. It must pass, leave the workbook as it was, and its
 * report must reach the clipboard as plain text — or, where the clipboard is refused, sit selected
 * in a text box for Ctrl+C.
 */

const STEP_LINE = /^\d\. ✓ .+ — izdevās; (.+; )?sinhronizācijas: \d+; \d+ ms$/;

module.exports = async function selfCheckSpec(h) {
  const { step, assert, axe } = h;
  await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.origin });
  const page = await h.pane({ lang: "lv-LV" });
  const help = page.locator("#panel-help");
  const test = (f, arg) => page.evaluate(f, arg);
  const shot = (name) => h.shot(page, name);

  let before;
  await step("self-check: Palīdzība → Pašpārbaude passes and leaves the workbook as it was", async () => {
    await test(() => {
      window.kvalitateTest.addSheet("Mana lapa");
      window.kvalitateTest.type("Mana lapa", "A1", "Budžets");
    });
    before = await test(() => window.kvalitateTest.workbookState());
    await page.getByRole("tab", { name: "Palīdzība", exact: true }).click();
    await help.getByRole("button", { name: "Veikt pašpārbaudi", exact: true }).click();
    await help
      .getByRole("status")
      .getByText(/Solis \d no 6/)
      .first()
      .waitFor();
    const verdict = help.getByTestId("selfcheck-verdict");
    await verdict.waitFor({ timeout: 120000 });
    const steps = await help.locator("[data-step]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-step"), e.getAttribute("data-status")]));
    assert((await verdict.getAttribute("data-passed")) === "true", `the self-check failed: ${JSON.stringify(steps)} ${await help.innerText()}`);
    assert(steps.length === 6 && steps.every(([, s]) => s === "passed"), `steps: ${JSON.stringify(steps)}`);
    await help.getByText("Pašpārbaude izdevās").waitFor();
    const after = await test(() => window.kvalitateTest.workbookState());
    assert(after === before, `the workbook differs after the self-check:\n${before.slice(0, 600)}\n${after.slice(0, 600)}`);
    // The steps on screen say what passed, not how many round trips it took.
    assert(!/sync|\bms\b/.test(await help.locator("[data-step]").first().innerText()), "developer detail in the step list");
    await shot("pasparbaude-lv");
  });

  await step("self-check: the copy button puts the report on the clipboard as plain text", async () => {
    await help.getByRole("button", { name: "Kopēt pārskatu" }).click();
    await help.getByText("Pārskats nokopēts starpliktuvē.").waitFor();
    const text = await test(() => navigator.clipboard.readText());
    const lines = text.split("\n");
    assert(lines[0] === "Kvalitāte — pašpārbaudes pārskats", `first line: ${lines[0]}`);
    assert(/^Rezultāts: IZDEVĀS \(izdevušies soļi: 6 no 6\)$/.test(lines[2]), `verdict: ${lines[2]}`);
    assert(/^Excel: Excel; platforma: ExcelApiTestDouble; /.test(lines[3]), `where: ${lines[3]}`);
    assert(
      lines.some((l) => /^ExcelApi atbalstīts: 1\.1–1\.17; nav: 1\.18–1\.20$/.test(l)),
      "no requirement-set line",
    );
    const steps = lines.filter((l) => /^\d\. /.test(l));
    assert(steps.length === 6 && steps.every((l) => STEP_LINE.test(l)), `step lines: ${steps.join(" | ")}`);
    assert(!/[<>\t]/.test(text), "the report has markup or tabs");
  });

  await step("self-check: where the clipboard is refused, the report is selected in a text box", async () => {
    await test(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
      // As in an Office webview that has no execCommand copy either.
      document.execCommand = () => false;
    });
    await help.getByRole("button", { name: "Kopēt pārskatu" }).click();
    await help.getByText("Starpliktuve nav pieejama", { exact: false }).waitFor();
    const box = help.getByRole("textbox", { name: "Pašpārbaudes pārskats (teksts)" });
    await box.waitFor();
    const selected = await box.evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length, el.value.split("\n")[0]]);
    assert(selected[0] === 0 && selected[1] === selected[2] && selected[2] > 200, `selection ${selected}`);
    assert(selected[3] === "Kvalitāte — pašpārbaudes pārskats", `box starts with ${selected[3]}`);
    await axe(page, "pasparbaude-lv");
  });

  await step("self-check: the report goes on a sheet of its own when asked", async () => {
    await help.getByRole("button", { name: "Ierakstīt pārskatu lapā" }).click();
    await help.getByText("Pārskats ierakstīts lapā „Pašpārbaude”.").waitFor();
    const sheets = await test(() => window.kvalitateTest.sheetNames());
    assert(JSON.stringify(sheets) === JSON.stringify(["Mana lapa", "Pašpārbaude"]), `sheets: ${sheets}`);
  });
  await page.close();

  await step("self-check: the ribbon's Pašpārbaude opens Palīdzība and runs it at once", async () => {
    const ribbon = await h.pane({ lang: "en-US", open: "selfcheck", sheet: "Sheet1" });
    const pane = ribbon.locator("#panel-help");
    assert((await ribbon.getByRole("tab", { name: "Help", exact: true }).getAttribute("aria-selected")) === "true", "Help is not the open section");
    const verdict = pane.getByTestId("selfcheck-verdict");
    await verdict.waitFor({ timeout: 120000 });
    assert((await verdict.getAttribute("data-passed")) === "true", `the self-check failed: ${await pane.innerText()}`);
    await pane.getByText("The self-check passed").waitFor();
    await h.shot(ribbon, "selfcheck-en");
    await ribbon.close();
  });
};
