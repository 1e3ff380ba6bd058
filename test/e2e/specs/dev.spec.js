/**
 * What only the development harness can show (harness.tsx: the App over a watched host): the
 * requests the pane makes of its host, by method and argument.
 */
module.exports = async function devSpec(h) {
  const page = await h.devPane({ lang: "lv-LV" });
  const calls = (method) => page.evaluate((m) => window.kvalitateTest.calls.filter((c) => c.method === m), method);

  await h.step("host requests (dev harness): insert sends the metadata and date the form was given", async () => {
    await page.getByRole("heading", { name: "Ievietot veidni" }).waitFor();
    await page.getByTestId("template").selectOption("kuldiga-kvalitate-2011");
    await page.getByTestId("iestade").fill("Kuldīgas novada Sociālais dienests");
    await page.getByTestId("periods").fill("2025");
    await page.getByTestId("vertetajs").fill("Jānis Bērziņš");
    await page.getByTestId("datums").fill("05.12.2025");
    await page.getByRole("radio", { name: "Ar demonstrācijas datiem" }).check();
    await page.locator("#panel-insert").getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.locator("#panel-insert").getByText("Veidne ievietota lapā", { exact: false }).waitFor();
    const [first] = await calls("insertTemplate");
    const expected = {
      templateId: "kuldiga-kvalitate-2011",
      demo: true,
      iestade: "Kuldīgas novada Sociālais dienests",
      periods: 2025,
      vertetajs: "Jānis Bērziņš",
      datums: 45996,
    };
    h.assert(JSON.stringify(first.args[0]) === JSON.stringify(expected), `insertTemplate got ${JSON.stringify(first.args[0])}`);
  });

  await h.step("host requests (dev harness): results pass the threshold as typed, a decimal comma included, and none when left at the default", async () => {
    await h.tab(page, "Rezultāti").click();
    const results = page.locator("#panel-results");
    await results.getByTestId("threshold").fill("3,5");
    await results.getByRole("button", { name: "Veidot rezultātus" }).click();
    await results.getByTestId("results-summary").waitFor();
    await results.getByTestId("threshold").fill("3");
    await results.getByRole("button", { name: "Veidot rezultātus" }).click();
    await page.waitForFunction(() => window.kvalitateTest.calls.filter((c) => c.method === "buildResults").length === 2);
    const args = (await calls("buildResults")).map((c) => JSON.stringify(c.args[0]));
    h.assert(JSON.stringify(args) === JSON.stringify(['{"threshold":3.5}', "{}"]), `buildResults got ${args}`);
  });
  await page.close();
};
