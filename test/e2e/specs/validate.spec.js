/** Pārbaudīt (Validate), on the production pane: findings, click-through, keyboard, a blank form, errors, a sheet that refuses marks. */
const TEMPLATE = "kuldiga-kvalitate-2011";
const SHEET = "Kuldīga kvalitāte 2011";

module.exports = async function validateSpec(h) {
  const page = await h.pane({ lang: "lv-LV" });
  const panel = page.locator("#panel-validate");
  const test = (f, arg) => page.evaluate(f, arg);
  const insert = async (demo) => {
    await h.tab(page, "Ievietot").click();
    await page.getByRole("radio", { name: demo ? "Ar demonstrācijas datiem" : "Tukša veidne" }).check();
    await page.getByTestId("template").selectOption(TEMPLATE);
    await page.locator("#panel-insert").getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.locator("#panel-insert").getByText("Veidne ievietota lapā", { exact: false }).waitFor();
  };
  const validate = async () => {
    await h.tab(page, "Pārbaudīt").click();
    await panel.getByRole("button", { name: "Pārbaudīt", exact: true }).click();
    await panel.getByTestId("validate-summary").waitFor();
  };
  let badCell;
  const finding = () => panel.locator(`[data-testid=findings] button[data-sheet="${SHEET}"][data-cell="${badCell}"]`);

  await h.step("validate: lists the mistake a user made, and clicking it selects the cell", async () => {
    await insert(true);
    // As a user would: a 7 pasted into the first rating cell of a 1–5 scale.
    badCell = await test(
      ([sheet, template]) => {
        const cell = window.kvalitateTest.firstRatingCell(template);
        window.kvalitateTest.type(sheet, cell, 7);
        return cell;
      },
      [SHEET, TEMPLATE],
    );
    await validate();
    const text = await finding().innerText();
    for (const part of [`Šūna ${badCell} · kods 1.1`, "Kļūda", "Vērtība 7 nav skalā"])
      h.assert(text.includes(part), `finding reads “${text}”, lacks “${part}”`);
    await finding().click();
    await page.waitForFunction((want) => window.kvalitateTest.selection() === want, `${SHEET}!${badCell}`);
    await h.shot(page, "validate-lv");
  });

  await h.step("validate: a finding is reached and opened with the keyboard alone", async () => {
    await panel.getByRole("button", { name: "Pārbaudīt", exact: true }).focus();
    await page.keyboard.press("Tab");
    h.assert(await finding().evaluate((el) => el === document.activeElement), "Tab did not reach the finding");
    const runs = await test(() => window.kvalitateTest.runs);
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => window.kvalitateTest.runs > n, runs);
  });

  await h.step("validate: a blank form gets its own sheet, and its empty cells are reported", async () => {
    await insert(false);
    await validate();
    await panel.getByText(`Pārbaudītās lapas: ${SHEET}, ${SHEET} (2).`).waitFor();
    const blank = panel.locator(`[data-testid=findings] button[data-sheet="${SHEET} (2)"]`);
    h.assert((await blank.count()) > 10, `only ${await blank.count()} findings on the blank sheet`);
    await blank.filter({ hasText: "· vērtētājs" }).first().waitFor();
  });

  await h.step("validate: a sheet protected again without “Format cells” is checked, not marked, and the pane says why", async () => {
    await test((sheet) => window.kvalitateTest.protect(sheet, { allowAutoFilter: true }), SHEET);
    await validate();
    await panel.getByTestId("validate-unmarked").getByText(SHEET, { exact: false }).waitFor();
    h.assert((await finding().count()) === 1, "the finding is not listed");
    await h.axe(page, "validate-unmarked-lv");
  });

  await h.step("validate: a failure is told in plain words, details one click away (English)", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await h.tab(page, "Check").click();
    await test(() => window.kvalitateTest.failNext());
    await panel.getByRole("button", { name: "Check", exact: true }).click();
    const alert = panel.getByRole("alert");
    await alert.getByText("The check could not be completed.", { exact: false }).waitFor();
    h.assert((await page.getByTestId("error-details").count()) === 0, "technical details shown before asked for");
    await alert.getByRole("button", { name: "Show technical details" }).click();
    h.assert((await page.getByTestId("error-details").innerText()).includes("Simulated host failure"), "no technical details");
    await h.shot(page, "validate-error-en");
    await h.axe(page, "validate-error-en");
  });

  await h.step("validate: in English every finding reads in English", async () => {
    await panel.getByRole("button", { name: "Check", exact: true }).click();
    const text = await finding().innerText();
    for (const part of [`Cell ${badCell} · code 1.1`, "Error", "The value 7 is not on the scale"])
      h.assert(text.includes(part), `finding reads “${text}”, lacks “${part}”`);
  });
  await page.close();
};
