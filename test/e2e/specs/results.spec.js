/** Rezultāti (Results), on the production pane: the threshold, a build, its sheets, a failure. */
module.exports = async function resultsSpec(h) {
  const page = await h.pane({ lang: "lv-LV" });
  const results = page.locator("#panel-results");
  const runs = () => page.evaluate(() => window.kvalitateTest.runs);

  await h.step("results: the threshold defaults to the scale's midpoint, and says so", async () => {
    await h.tab(page, "Rezultāti").click();
    await results.getByRole("heading", { name: "Rezultāti" }).waitFor();
    const field = results.getByTestId("threshold");
    h.assert((await field.inputValue()) === "3", `threshold starts at ${await field.inputValue()}`);
    await results.getByText("skalas 1–5 viduspunkts", { exact: false }).waitFor();
  });

  await h.step("results: built from the workbook's templates; a threshold off the scale is refused before Excel is asked", async () => {
    await h.tab(page, "Ievietot").click();
    await page.getByRole("radio", { name: "Ar demonstrācijas datiem" }).check();
    await page.getByTestId("template").selectOption("kuldiga-kvalitate-2011");
    await page.locator("#panel-insert").getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.locator("#panel-insert").getByText("Veidne ievietota lapā", { exact: false }).waitFor();
    await h.tab(page, "Rezultāti").click();
    const field = results.getByTestId("threshold");
    await field.fill("9");
    const before = await runs();
    await results.getByRole("button", { name: "Veidot rezultātus" }).click();
    await results.getByText("Ievadiet skaitli no 1 līdz 5", { exact: false }).waitFor();
    h.assert((await runs()) === before, "Excel was asked with a threshold off the scale");
    await field.fill("3,5");
    await results.getByRole("button", { name: "Veidot rezultātus" }).click();
    const text = await results.getByTestId("results-summary").innerText();
    for (const part of ["Rezultāti izveidoti.", "Diagrammas:", "Vājās vietas pilnveides plānā:"])
      h.assert(text.includes(part), `summary “${text}” lacks “${part}”`);
    h.assert(!/sync|\bms\b/.test(text), `developer detail in the summary: ${text}`);
    await results
      .getByTestId("results-sheets")
      .getByRole("button", { name: /Pilnveides plāns/ })
      .click();
    await page.waitForFunction(() => window.kvalitateTest.selection() === "Pilnveides plāns!A1");
    await h.shot(page, "results-lv");
  });

  await h.step("results: a failure is told in words", async () => {
    await page.evaluate(() => window.kvalitateTest.failNext());
    await results.getByRole("button", { name: "Veidot rezultātus" }).click();
    await results.getByRole("alert").getByText("Rezultātus neizdevās izveidot.", { exact: false }).waitFor();
  });

  await h.step("results: in English", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await results.getByRole("heading", { name: "Results" }).waitFor();
    await results.getByText("the midpoint of the 1–5 scale", { exact: false }).waitFor();
    await results.getByRole("button", { name: "Build results" }).click();
    const text = await results.getByTestId("results-summary").innerText();
    for (const part of ["Results built.", "Charts:", "Weak points in the improvement plan:"])
      h.assert(text.includes(part), `summary “${text}” lacks “${part}”`);
  });
  await page.close();
};
