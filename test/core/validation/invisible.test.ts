import { demoFill, findTemplate, interpret, invisibleCharacters, normalText, validateFormAsOf, type FilledForm } from "../../../src/core";
import { buildSheetPlan } from "../../../src/plan";
import { formsOf, readWorkbook, writeWorkbook, type WorkbookData } from "../../../src/render/xlsx";
import { bothFinding } from "../../../src/wording";

/**
 * Characters no one sees, in ratings and codes: one normalisation (src/core/text.ts) makes a value
 * that looks like a scale's word that word, and names what still keeps a value off the scale.
 */

const checklist = findTemplate("uzraudziba-2016")!;
const self = findTemplate("pasnovertejums-2023")!;
const today = new Date(2026, 11, 1);

function workbook(template = checklist): WorkbookData {
  return readWorkbook(writeWorkbook([buildSheetPlan(template, { fill: demoFill(template, { variant: 1, iestade: "Dienests" }) })]).bytes);
}
/** The form with one cell of its sheet replaced, as another program may have saved it. */
function withCell(wb: WorkbookData, at: (form: FilledForm) => string, value: string): FilledForm {
  const ref = at(formsOf(wb).forms[0]);
  (wb.sheets[0].cells as Map<string, { value: string }>).set(ref, { value });
  const read = formsOf(wb);
  expect(read.problems).toEqual([]);
  return read.forms[0];
}
const ratingOf = (code: string) => (f: FilledForm) => f.rows.find((r) => r.code === code)!.value.ref;
const codeCellOf = (code: string) => (f: FilledForm) => {
  const ref = ratingOf(code)(f);
  return ref.replace(/^[A-Z]+/, "A");
};

test("normalText: composed, no zero-width characters or soft hyphens, no-break spaces as spaces", () => {
  expect(normalText("Na\u0304v\u00a0attieci\u0304na\u0304ms")).toBe("Nāv attiecīnāms");
  expect(normalText("Die\u00adnests\u200b Alfa\ufeff\u2060")).toBe("Dienests Alfa");
  expect(invisibleCharacters("a\u200bb\u200e\u00a0c\td")).toEqual(["U+200B", "U+200E", "U+00A0"]);
});

test.each([
  ["a no-break space", "Nav\u00a0attiecināms", ["U+00A0"]],
  ["decomposed letters (NFD)", "Nav attiecināms".normalize("NFD"), []],
  ["a zero-width space", "Nav attie\u200bcināms", ["U+200B"]],
])('"Nav attiecināms" with %s is not applicable, with a finding that the sheet\'s formulas do not count it', (_, value, hidden) => {
  const form = withCell(workbook(), ratingOf("1.1"), value);
  expect(interpret(checklist.scale, value)).toEqual({ kind: "notApplicable" });
  const findings = validateFormAsOf(form, today).filter((f) => f.code === "1.1");
  expect(findings.map((f) => [f.rule, f.severity])).toEqual([["rating.hidden", "warning"]]);
  const said = bothFinding(findings[0].reason);
  expect(said.lv).toBe(
    `Vērtība „${value}” ${hidden.length ? `satur neredzamu rakstzīmi ${hidden[0]}` : "ir rakstīta ar atdalītām diakritiskajām zīmēm (NFD)"}: tā skaitīta kā „Nav attiecināms”, bet lapas formulas to neskaita — ievadiet „Nav attiecināms” no jauna.`,
  );
  expect(said.en).toContain("counted as “Nav attiecināms”");
});

test("a compliance word with a soft hyphen is counted as that word", () => {
  expect(interpret(checklist.scale, "Neat\u00adbilst")).toEqual({ kind: "scored", value: "Neatbilst" });
});

test("a value still off the scale names the invisible character that keeps it off", () => {
  const form = withCell(workbook(), ratingOf("1.1"), "Atbilst\u200e");
  const finding = validateFormAsOf(form, today).find((f) => f.code === "1.1")!;
  expect([finding.rule, finding.severity]).toEqual(["rating.invalid", "error"]);
  expect(bothFinding(finding.reason)).toEqual({
    lv: "Vērtība „Atbilst\u200e” nav skalā (Atbilst, Neatbilst, Nav attiecināms). Tā satur neredzamu rakstzīmi U+200E.",
    en: "The value “Atbilst\u200e” is not on the scale (Atbilst, Neatbilst, Nav attiecināms). It contains an invisible character U+200E.",
  });
});

test("an item's code with a zero-width space or a no-break space is that item's code", () => {
  const wb = workbook(self);
  const form = withCell(wb, codeCellOf("1.1.1"), "1.1.\u200b1\u00a0");
  expect(form.rows.map((r) => r.code)).toContain("1.1.1");
  expect(form.unknownRows).toEqual([]);
  expect(validateFormAsOf(form, today).filter((f) => f.rule === "row.missing" || f.rule === "row.unknown")).toEqual([]);
});

test.each(["#N/A", "#DIV/0!"])("a rating cell showing %s is a value off the scale, not a missing rating", (error) => {
  const wb = workbook();
  const ref = ratingOf("1.1")(formsOf(wb).forms[0]);
  (wb.sheets[0].cells as Map<string, { value: null; error: string; formula: string }>).set(ref, { value: null, error, formula: "NA()" });
  const finding = validateFormAsOf(formsOf(wb).forms[0], today).find((f) => f.code === "1.1")!;
  expect([finding.rule, finding.severity, bothFinding(finding.reason).en]).toEqual([
    "rating.invalid",
    "error",
    `The value “${error}” is not on the scale (Atbilst, Neatbilst, Nav attiecināms).`,
  ]);
});
