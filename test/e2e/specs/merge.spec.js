/** Apvienot (Merge), on the production pane: the parser on demand, a cancel, three returns, a re-merge, the drop zone, English reasons. */
const MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

module.exports = async function mergeSpec(h) {
  const fetched = [];
  // Every request of the context from here on, the pane's own first downloads included.
  h.context.on("request", (r) => r.url().startsWith(h.origin) && fetched.push(new URL(r.url()).pathname));
  const page = await h.pane({ lang: "lv-LV" });
  const merge = page.locator("#panel-merge");
  const sheetNames = () => page.evaluate(() => window.kvalitateTest.sheetNames());
  // The three demonstration returns, made by the pane's own code (two good services, one truncated).
  const demo = (await page.evaluate(() => window.kvalitateTest.demoFiles())).map(({ name, base64 }) => ({
    name,
    mimeType: MIME,
    buffer: Buffer.from(base64, "base64"),
  }));
  const [GOOD_A, GOOD_B, BAD] = demo.map((f) => f.name);
  const parserFetched = () => fetched.some((p) => /^\/parser\.[0-9a-f]+\.js$/.test(p));

  await h.step("merge: the .xlsx parser is not downloaded with the pane", async () => {
    await h.tab(page, "Apkopot").click();
    await merge.getByRole("heading", { name: "Apkopot saņemtās veidnes" }).waitFor();
    h.assert(
      fetched.some((p) => /^\/taskpane\.[0-9a-f]+\.js$/.test(p)),
      `the pane's bundle was not fetched: ${fetched}`,
    );
    h.assert(!parserFetched(), "the parser chunk was fetched before any merge started");
  });

  await h.step("merge: files chosen, a cancel part-way writes nothing", async () => {
    await page.evaluate(() => window.kvalitateTest.slowFiles(1500));
    await merge.getByTestId("merge-input").setInputFiles(demo);
    await merge.getByText("Izvēlēti faili: 3").waitFor();
    const before = await sheetNames();
    await merge.getByRole("button", { name: "Apkopot", exact: true }).click();
    await merge.getByText("1 no 3").waitFor();
    await merge.getByRole("button", { name: "Atcelt" }).click();
    await merge.getByTestId("merge-cancelled").waitFor();
    h.assert(JSON.stringify(await sheetNames()) === JSON.stringify(before), `sheets changed after a cancel: ${await sheetNames()}`);
    h.assert(parserFetched(), "the parser chunk was not fetched when the merge started");
    await page.evaluate(() => window.kvalitateTest.slowFiles(0));
  });

  await h.step("merge: three returns, one damaged: a line per file, the rejected list, the summary sheets", async () => {
    await merge.getByRole("button", { name: "Apkopot", exact: true }).click();
    await merge.getByTestId("merge-summary").waitFor({ timeout: 20000 });
    await merge.getByText("3 no 3").waitFor();
    const line = (name) => merge.locator(`[data-testid=merge-files] li[data-file="${name}"]`);
    for (const name of [GOOD_A, GOOD_B]) h.assert((await line(name).innerText()).includes("pieņemts"), `${name}: ${await line(name).innerText()}`);
    const bad = await line(BAD).innerText();
    h.assert(bad.includes("noraidīts") && bad.includes("bojāts"), `${BAD}: ${bad}`);
    h.assert((await merge.getByTestId("merge-rejected").innerText()).includes(BAD), "the damaged file is not in the rejected list");
    const names = await sheetNames();
    // One summary sheet per template: "Kopsavilkums Kuldīga kvalitāte".
    const summarySheet = names.find((n) => n.startsWith("Kopsavilkums "));
    for (const sheet of ["Apkopotie dati", summarySheet, "Noraidītie faili"]) h.assert(sheet && names.includes(sheet), `no sheet ${sheet} in ${names}`);
    await merge
      .getByTestId("merge-sheets")
      .getByRole("button", { name: `Pāriet uz lapu „${summarySheet}”` })
      .click();
    await page.waitForFunction((s) => [`${s}!A1`, `'${s}'!A1`].includes(window.kvalitateTest.selection()), summarySheet);
    await h.shot(page, "merge-lv");
  });

  await h.step("merge: again replaces the merge's own sheets, never adds a second set", async () => {
    const before = await sheetNames();
    const runs = await page.evaluate(() => window.kvalitateTest.runs);
    await merge.getByRole("button", { name: "Apkopot", exact: true }).click();
    await page.waitForFunction((n) => window.kvalitateTest.runs > n, runs);
    await merge.getByTestId("merge-summary").waitFor();
    await page.waitForTimeout(300);
    h.assert(JSON.stringify(await sheetNames()) === JSON.stringify(before), `sheets after a re-merge: ${await sheetNames()} (before: ${before})`);
  });

  await h.step("merge: the drop zone takes dropped files and opens the chooser from the keyboard", async () => {
    await merge.getByRole("button", { name: "Notīrīt izvēli" }).click();
    await merge.getByText("Faili vēl nav izvēlēti.").waitFor();
    const zone = merge.getByRole("button", { name: "Ievelciet .xlsx failus šeit vai nospiediet, lai izvēlētos" });
    const transfer = await page.evaluateHandle(
      (files) => {
        const dt = new DataTransfer();
        for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
        return dt;
      },
      demo.slice(0, 2).map((f) => ({ name: f.name, base64: f.buffer.toString("base64") })),
    );
    await zone.dispatchEvent("dragover", { dataTransfer: transfer });
    await zone.dispatchEvent("drop", { dataTransfer: transfer });
    await merge.getByText("Izvēlēti faili: 2").waitFor();
    await zone.dispatchEvent("drop", { dataTransfer: transfer });
    await merge.getByText("Izvēlēti faili: 2").waitFor();
    // The input's click is caught in the page (Playwright's file-chooser event proved racy headless).
    await merge.getByTestId("merge-input").evaluate((input) => {
      window.chooserOpened = 0;
      input.addEventListener("click", (e) => {
        e.preventDefault();
        window.chooserOpened++;
      });
    });
    await h.tab(page, "Apkopot").focus();
    await page.keyboard.press("Tab");
    h.assert(await zone.evaluate((el) => el === document.activeElement), "Tab from the section's tab does not reach the drop zone");
    await page.keyboard.press("Enter");
    await page.keyboard.press(" ");
    h.assert((await page.evaluate(() => window.chooserOpened)) === 2, "Enter and Space did not both open the chooser");
    await merge.getByTestId("merge-input").setInputFiles(demo.slice(2));
    await merge.getByText("Izvēlēti faili: 3").waitFor();
  });

  await h.step("merge: a failed write is told in words, with details one click away", async () => {
    await page.evaluate(() => window.kvalitateTest.failNext());
    await merge.getByRole("button", { name: "Apkopot", exact: true }).click();
    const alert = merge.getByRole("alert");
    await alert.getByText("Apkopošanu neizdevās pabeigt; darbgrāmatā nekas netika mainīts.", { exact: false }).waitFor();
    await alert.getByRole("button", { name: "Rādīt tehnisko informāciju" }).click();
    h.assert((await merge.getByTestId("error-details").innerText()).includes("Simulated host failure"), "no technical details");
  });

  await h.step("merge: in English, the reasons and buttons in English too", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await merge.getByRole("heading", { name: "Merge returned templates" }).waitFor();
    await merge.getByRole("button", { name: "Merge", exact: true }).click();
    await merge.getByTestId("merge-summary").getByText("Merge finished", { exact: false }).waitFor();
    const bad = await merge.locator(`[data-testid=merge-files] li[data-file="${BAD}"]`).innerText();
    h.assert(bad.includes("rejected") && bad.includes("damaged or truncated"), `${BAD}: ${bad}`);
    const buttons = await merge.getByRole("button").allInnerTexts();
    const latvian = buttons.filter((b) => /[āčēģīķļņšūž]/i.test(b) && !/“.+”/.test(b));
    h.assert(latvian.length === 0, `Latvian buttons in the English pane: ${latvian}`);
    await h.shot(page, "merge-en");
  });
  await page.close();
};
