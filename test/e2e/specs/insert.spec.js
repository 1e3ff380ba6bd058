/** Ievietot (Insert), on the production pane: the catalog's templates by family, the form's checks, an insert. */
const SHEET = "Kuldīga kvalitāte 2011";

module.exports = async function insertSpec(h) {
  const page = await h.pane({ lang: "lv-LV" });
  const insert = page.locator("#panel-insert");
  const runs = () => page.evaluate(() => window.kvalitateTest.runs);

  await h.step("insert: opens in Latvian when Office is not in English, at Ievietot", async () => {
    await page.getByRole("heading", { name: "Ievietot veidni" }).waitFor();
    h.assert((await page.getAttribute("html", "lang")) === "lv", "html lang is not lv");
    h.assert((await h.tab(page, "Ievietot").getAttribute("aria-selected")) === "true", "Ievietot is not the first section");
  });

  await h.step("insert: templates are grouped by family, as the catalog has them", async () => {
    const catalog = await page.evaluate(() => window.kvalitateTest.catalog());
    const groups = await page.$$eval("[data-testid=template] optgroup", (gs) => gs.map((g) => [g.label, g.children.length]));
    h.assert(
      JSON.stringify(groups.map(([, n]) => n)) === JSON.stringify(catalog.map((f) => f.templates)),
      `groups ${JSON.stringify(groups)}, catalog ${JSON.stringify(catalog)}`,
    );
  });

  await h.step("insert: a period that is not a year, or a date that is not one, is refused before Excel is touched", async () => {
    const before = await runs();
    await page.getByTestId("periods").fill("20x5");
    await insert.getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.getByText("Ievadiet gadu no 1990 līdz 2100").waitFor();
    await page.getByTestId("periods").fill("2025");
    await page.getByTestId("datums").fill("31.02.2025");
    await insert.getByRole("button", { name: "Ievietot", exact: true }).click();
    await insert.getByText("Ievadiet datumu formā DD.MM.GGGG", { exact: false }).waitFor();
    h.assert((await runs()) === before, "Excel was asked with a bad year or date");
  });

  await h.step("insert: a template with demonstration data, its metadata and date written to the sheet", async () => {
    await page.getByTestId("template").selectOption("kuldiga-kvalitate-2011");
    await insert.getByText("KULDĪGAS NOVADA", { exact: false }).first().waitFor();
    await page.getByTestId("iestade").fill("Kuldīgas novada Sociālais dienests");
    await page.getByTestId("periods").fill("2025");
    await page.getByTestId("vertetajs").fill("Jānis Bērziņš");
    await page.getByTestId("datums").fill("05.12.2025");
    await page.getByRole("radio", { name: "Ar demonstrācijas datiem" }).check();
    await insert.getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.getByText("Ievieto veidni…").waitFor();
    await insert.getByText(`Veidne ievietota lapā`, { exact: false }).waitFor();
    h.assert(JSON.stringify(await page.evaluate(() => window.kvalitateTest.sheetNames())) === JSON.stringify([SHEET]), "sheet not added");
    const state = JSON.parse(await page.evaluate(() => window.kvalitateTest.workbookState()));
    const cells = new Map(state.sheets[0].cells);
    const values = [...cells.values()].map((c) => c.value);
    for (const v of ["Kuldīgas novada Sociālais dienests", 2025, "Jānis Bērziņš", 45996]) h.assert(values.includes(v), `the sheet lacks ${v}`);
  });
  await page.close();
};
