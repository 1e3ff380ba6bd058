/** Palīdzība (Help), on the production pane: the scales from the catalog, the formulas, the sources — and a page that fits. */
module.exports = async function helpSpec(h) {
  const page = await h.pane({ lang: "lv-LV" });
  const help = page.locator("#panel-help");
  const openAll = async () => {
    const closed = help.locator('button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
  };

  await h.step("help: opens short, its answers one click each", async () => {
    await h.tab(page, "Palīdzība").click();
    await help.getByRole("heading", { name: "Palīdzība" }).waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    h.assert(height <= 1400, `Help opens ${height} px tall`);
    await h.shot(page, "help-lv");
  });

  await h.step("help: scales, formulas and sources, each scale value once with its meaning", async () => {
    await openAll();
    for (const text of ["augsta kvalitāte", "Neatbilst ÷ (Atbilst + Neatbilst) × 100", "Kritēriju vidējo vērtējumu vidējais", "004_e2ccc9a4848f6c46.txt"])
      await help.getByText(text, { exact: false }).first().waitFor();
    // A value whose meaning is itself (Atbilst, Neatbilst…) is shown once, not as “Atbilst — Atbilst”.
    const rows = await help.locator("[data-testid=scale-table] tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    h.assert(rows.length > 5, `scale table rows: ${rows.length}`);
    const repeated = rows.filter(([value, meaning]) => meaning !== undefined && value === meaning);
    h.assert(repeated.length === 0, `values repeated as their meaning: ${JSON.stringify(repeated.slice(0, 3))}`);
    await h.shot(page, "help-lv-open");
  });

  await h.step("help: in English", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await openAll();
    for (const text of ["What the scales mean", "high quality", "Where the criteria come from"]) await help.getByText(text).first().waitFor();
    await h.shot(page, "help-en-open");
  });
  await page.close();
};
