import { unzipSync, strFromU8 } from "fflate";
import { findTemplate } from "../../../src/core";
import { buildSheetPlan, improvementSheet, SHEET_PROTECTION } from "../../../src/plan";
import { writeWorkbook } from "../../../src/render/xlsx";
import { PROTECTION } from "../../../src/render/office/sheetSteps";

/** Both renderers protect a template sheet as the plan decides, and list cells in every dropdown. */
const sheetXml = (bytes: Uint8Array, n = 1) => strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]);

test("the .xlsx protection allows formatting and filtering, not sorting or row inserts, and has no password", () => {
  const xml = sheetXml(writeWorkbook([buildSheetPlan(findTemplate("pasnovertejums-2023")!)]).bytes);
  const tag = xml.match(/<sheetProtection [^>]*\/>/)![0];
  // OOXML marks what is protected: "0" = allowed.
  expect(tag).toContain('autoFilter="0"');
  expect(tag).toContain('sort="1"');
  expect(tag).toContain('insertRows="1"');
  expect(tag).toContain('formatCells="0"');
  expect(tag).not.toMatch(/password|hashValue/i);
});

test("the Office.js protection options are the plan's", () => {
  expect(PROTECTION).toMatchObject({
    allowAutoFilter: SHEET_PROTECTION.autoFilter,
    allowSort: SHEET_PROTECTION.sort,
    allowInsertRows: SHEET_PROTECTION.insertRows,
    allowFormatCells: SHEET_PROTECTION.formatCells,
  });
  expect(PROTECTION.allowSort).toBe(false);
  expect(PROTECTION.allowAutoFilter).toBe(true);
});

test("no dropdown in a written file is a typed list (case-sensitive in Excel): each points at cells", () => {
  const bytes = writeWorkbook([buildSheetPlan(findTemplate("kuldiga-ricibas-plans-2012")!), improvementSheet([])]).bytes;
  for (const n of [1, 2]) {
    const lists = [...sheetXml(bytes, n).matchAll(/<dataValidation type="list"[^>]*><formula1>([^<]*)<\/formula1>/g)].map((m) => m[1]);
    expect(lists.length).toBe(1);
    for (const f of lists) expect(f).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
  }
});
