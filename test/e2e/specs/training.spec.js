/** Apmācība (Training), on the production pane: the walk-through to its end, as a trainer does it. */
module.exports = async function trainingSpec(h) {
  const page = await h.pane({ lang: "lv-LV" });
  const trainer = page.locator("#panel-trainer");
  const next = () => trainer.getByRole("button", { name: "Tālāk" }).click();
  const atStep = async (n, title) => {
    await trainer.getByText(`${n}. solis no 8`).waitFor();
    await trainer.getByRole("heading", { name: title }).waitFor();
    // Next and Back move the focus to the new step's heading, so a screen reader reads it out.
    if (n > 1) h.assert(await trainer.getByRole("heading", { name: title }).evaluate((el) => el === document.activeElement), `focus did not move to step ${n}`);
  };

  await h.step("training: the walk-through to its end", async () => {
    await h.tab(page, "Apmācība").click();
    await atStep(1, "Veidne ar demonstrācijas datiem");
    await trainer.getByRole("button", { name: "Ievietot demonstrācijas veidni" }).click();
    const inserted = await trainer.getByTestId("trainer-inserted").innerText();
    const sheet = /[“„](.+)”/.exec(inserted)[1];
    await h.shot(page, "training-lv-1");
    await next();
    await atStep(2, "Aizpildīšana ar nolaižamo sarakstu");
    const cell = await page.evaluate(() => window.kvalitateTest.firstRatingCell("kuldiga-kvalitate-2011"));
    await trainer.getByRole("button", { name: new RegExp(`šūnu ${cell}$`) }).click();
    await page.waitForFunction((want) => window.kvalitateTest.selection() === want, `${sheet}!${cell}`);
    await next();
    await atStep(3, "Kļūda, ko atrod pārbaude");
    // What the step asks for must be doable: a value off the scale, made on another sheet.
    const body = await trainer.innerText();
    h.assert(body.includes("ierakstiet vērtību 7"), `step 3 reads: ${body.slice(0, 400)}`);
    await page.evaluate(() => window.kvalitateTest.addSheet("Palīglapa"));
    await page.evaluate(([s, c]) => window.kvalitateTest.type(s, c, 7), [sheet, cell]);
    await trainer.getByRole("button", { name: "Pārbaudīt lapu" }).click();
    await trainer.getByTestId("trainer-finding-outcome").waitFor();
    h.assert((await trainer.getByTestId("trainer-finding-outcome").innerText()).includes("1"), "the planted mistake was not found");
    await h.shot(page, "training-lv-3");
    await next();
    await atStep(4, "Kļūdas labošana");
    await page.evaluate(([s, c]) => window.kvalitateTest.type(s, c, 4), [sheet, cell]);
    await trainer.getByRole("button", { name: "Pārbaudīt lapu" }).click();
    await trainer.getByTestId("trainer-fix-outcome").getByText("Kļūdu nav", { exact: false }).waitFor();
    await next();
    await atStep(5, "Rezultāti");
    await trainer.getByRole("button", { name: "Veidot rezultātus" }).click();
    await trainer.getByTestId("trainer-results").waitFor();
    await next();
    await atStep(6, "Diagrammas");
    const charts = await page.evaluate((s) => window.kvalitateTest.chartNames(s), sheet);
    h.assert(charts.length > 0 && charts.every((c) => c.startsWith("KV_diagramma_")), `charts on ${sheet}: ${charts}`);
    await trainer.getByRole("button", { name: "Parādīt diagrammas" }).click();
    await page.waitForFunction((s) => (window.kvalitateTest.selection() || "").startsWith(`${s}!`), sheet);
    await next();
    await atStep(7, "Apkopošana ministrijā");
    await trainer.getByRole("button", { name: "Apkopot trīs demonstrācijas failus" }).click();
    await trainer.getByTestId("trainer-merge-summary").waitFor({ timeout: 20000 });
    await trainer.getByTestId("trainer-merge-rejected").waitFor();
    await h.shot(page, "training-lv-7");
    await next();
    await atStep(8, "Pabeigts");
    h.assert((await trainer.locator('[aria-current="step"]').innerText()) === "Pabeigts", "the step list does not mark the last step");
    await trainer.getByRole("button", { name: "Sākt no jauna" }).click();
    await atStep(1, "Veidne ar demonstrācijas datiem");
  });

  await h.step("training: in English, step 3 is doable as written", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await trainer.getByText("Step 1 of 8").waitFor();
    for (let i = 0; i < 2; i++) await trainer.getByRole("button", { name: "Next" }).click();
    const body = await trainer.innerText();
    h.assert(body.includes("On another sheet type 7"), `step 3 reads: ${body.slice(0, 400)}`);
    await h.shot(page, "training-en-3");
  });
  await page.close();
};
