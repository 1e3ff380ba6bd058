import * as fs from "fs";
import * as path from "path";
import { actionStatusScale, complianceScale, practice1to5Scale, quality1to5Scale } from "../src/core/catalog/scales";

/**
 * src/help/help.html, where the manifest's SupportUrl and LearnMoreUrl lead: Latvian and English,
 * and saying what the catalog says — every value of every rated scale, in both languages.
 */
const html = fs.readFileSync(path.resolve(__dirname, "..", "src", "help", "help.html"), "utf8");
const section = (lang: string) => (new RegExp(`<section id="${lang}" lang="${lang}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "").replace(/\s+/g, " ");

test("has a Latvian and an English section", () => {
  expect(section("lv")).toContain("Kvalitāte — palīdzība");
  expect(section("en")).toContain("Kvalitāte — help");
});

test.each([complianceScale, quality1to5Scale, practice1to5Scale, actionStatusScale])("names every value of the scale $id in both languages", (scale) => {
  const lv = section("lv");
  const en = section("en");
  for (const v of [...scale.values, ...(scale.notApplicable ? [scale.notApplicable] : [])]) {
    const number = typeof v.value === "number" ? `${v.value} ` : "";
    expect(lv).toContain(`${number}${v.label}`);
    expect(en).toContain(`${number}${v.labelEn}`);
  }
});

test("says what it needs, and whom to ask, in both languages", () => {
  expect(section("lv")).toContain("Microsoft 365 vai Excel 2021 un jaunāka versija, vai Excel tīmeklī");
  expect(section("en")).toContain("Microsoft 365, or Excel 2021 and later, or Excel on the web");
  expect(section("lv")).toContain("Sociālo pakalpojumu kvalitātes kontroles departamentam");
  expect(section("en")).toContain("Social Services Quality Control Department");
  expect(html).toContain('id="prasibas"');
});

test("has no script: any Office, browser or webview shows it", () => {
  expect(html).not.toMatch(/<script/i);
});
