/**
 * The ribbon's dialog, from the production commands.html: every notice kind a command can show,
 * in Latvian and English, light and dark, renders visible text and its button with no uncaught
 * error (guard.js writes the bundle in while <head> is parsed, so the page must wait for its body),
 * axe clean. Then the whole way once: a command in the function file opens the dialog at the
 * address it builds, and the dialog's button reaches the function file.
 */
const KINDS = [
  { kind: "failed" },
  { kind: "problem", problem: "cellEdit" },
  { kind: "problem", problem: "workbookProtected" },
  { kind: "problem", problem: "protectionNotRestored" },
  { kind: "noForms" },
  { kind: "clean" },
  {
    kind: "skipped",
    skipped: [
      { sheet: "Kuldīga kvalitāte 2011", reason: "sheetPassword" },
      { sheet: "Pašnovērtējums", reason: "refused", code: "AccessDenied" },
    ],
  },
  { kind: "unmarked", sheets: ["Kuldīga kvalitāte 2011"] },
];

const label = (n) => (n.problem ? `${n.kind}:${n.problem}` : n.kind);

module.exports = async function ribbonSpec(h) {
  const dark = await h.newContext({ colorScheme: "dark" });
  for (const [theme, context] of [
    ["light", h.context],
    ["dark", dark],
  ])
    for (const lang of ["lv", "en"])
      await h.step(`ribbon dialog (commands.html, ${lang}, ${theme}): every notice kind shows its text and button, axe clean`, async () => {
        const page = await context.newPage();
        for (const notice of KINDS) {
          const query = new URLSearchParams({ "kv-notice": JSON.stringify(notice), lang });
          await page.goto(`${h.origin}/commands.html?${query}`);
          const text = page.getByRole("alert");
          await text.waitFor();
          const said = (await text.innerText()).trim();
          h.assert(said.length > 20, `${label(notice)}: the notice says “${said}”`);
          h.assert(await page.getByRole("button", { name: lang === "en" ? "OK" : "Labi" }).isVisible(), `${label(notice)}: no button`);
          h.assert((await page.getAttribute("html", "lang")) === lang, `${label(notice)}: html lang`);
          if (notice.kind === "skipped") h.assert(said.includes("AccessDenied"), `skipped: Excel's code missing from “${said}”`);
          await h.axe(page, `ribbon-${label(notice)}-${lang}-${theme}`);
          if (notice.kind === "noForms" || notice.kind === "skipped") await h.shot(page, `ribbon-${notice.kind}-${lang}-${theme}`);
        }
        await page.close();
      });

  await h.step("ribbon: Pārbaudīt on a workbook without a template opens the dialog at its own address, and its button closes it", async () => {
    const fn = await h.page("/commands.html?lang=lv-LV");
    await fn.waitForFunction(() => window.kvalitateTest && typeof window.validateForms === "function");
    const done = fn.evaluate(() => window.kvalitateTest.ribbon("validateForms").then(() => "completed"));
    await fn.waitForFunction(() => window.kvalitateTest.dialogs.length === 1);
    const url = await fn.evaluate(() => window.kvalitateTest.dialogs[0]);
    h.assert(url.startsWith(`${h.origin}/commands.html?kv-notice=`), `dialog at ${url}`);
    const dialog = await h.page(url.slice(h.origin.length));
    await dialog.getByRole("alert").getByText("Darbgrāmatā nav nevienas lapas ar Kvalitātes veidni", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Labi" }).click();
    h.assert(JSON.stringify(await dialog.evaluate(() => window.kvalitateTest.parentMessages)) === '["close"]', "the button did not message the function file");
    // Office passes the message on to the function file, which closes the dialog and completes.
    await fn.evaluate(() => window.kvalitateTest.closeDialog());
    h.assert((await done) === "completed", "the command did not complete");
    await dialog.close();
    await fn.close();
  });
  await dark.close();
};
