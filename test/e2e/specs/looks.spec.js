/**
 * Every section of the production pane in Latvian and English, in Office's light and dark themes:
 * a screenshot each (test-results/pane-<lang>-<theme>-<n>-<section>.png) and axe on each. The tabs
 * sit on one line in a 350 px pane, the narrowest Excel gives a task pane.
 */
module.exports = async function looksSpec(h) {
  for (const lang of ["lv-LV", "en-US"])
    for (const theme of ["light", "dark"])
      await h.step(`looks (${lang}, ${theme}): every section rendered from dist/, axe clean`, async () => {
        const page = await h.pane({ lang, theme, sheet: lang === "en-US" ? "Sheet1" : "Lapa1" });
        const short = lang.slice(0, 2);
        h.assert((await page.getAttribute("html", "lang")) === short, `html lang is not ${short}`);
        if (theme === "dark") {
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r, g, b] = background.match(/\d+/g).map(Number);
          h.assert(r + g + b < 150, `dark theme, but the page's background is ${background}`);
        }
        const tabs = page.getByRole("tab");
        const count = await tabs.count();
        h.assert(count >= 6, `only ${count} tabs`);
        for (let i = 0; i < count; i++) {
          const tab = tabs.nth(i);
          const name = (await tab.innerText()).trim();
          await tab.click();
          await page.locator('[role="tabpanel"]:not([hidden])').waitFor();
          const section = name.normalize("NFD").replace(/[^\w]/g, "").toLowerCase();
          await h.shot(page, `pane-${short}-${theme}-${i + 1}-${section}`);
          await h.axe(page, `${section}-${short}-${theme}`);
        }
        await page.close();
      });

  for (const lang of ["lv-LV", "en-US"])
    await h.step(`tabs sit on one line in a 350 px pane (${lang})`, async () => {
      const narrow = await h.newContext({ viewport: { width: 350, height: 700 } });
      const page = await h.pane({ lang }, narrow);
      const tops = await page.getByRole("tab").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      const rights = await page.getByRole("tab").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
      h.assert(new Set(tops).size === 1, `tabs on ${new Set(tops).size} lines (tops ${tops})`);
      // Where the row is wider than the pane (a font wider than Segoe UI) it scrolls: the keyboard
      // brings the last tab into view.
      if (Math.max(...rights) > 350) {
        const last = page.getByRole("tab").last();
        await last.focus();
        h.assert(await last.evaluate((e) => e.getBoundingClientRect().right <= 350), "the last tab, focused, is not scrolled into view");
      }
      await h.shot(page, `pane-${lang.slice(0, 2)}-350px`);
      await narrow.close();
    });
};
