import { commands, DEMO_TEMPLATE, register } from "../../../src/commands/commands";
import { findTemplate } from "../../../src/core";
import { createOfficeHost } from "../../../src/render/office";
import { MARK_FILL } from "../../../src/render/office/looks";
import { ExcelDouble } from "../../doubles/excel";

/** The ribbon's commands over the Excel double: they do their work and always complete. */

function setup() {
  const excel = new ExcelDouble();
  const errors: unknown[] = [];
  const handlers = commands(createOfficeHost({ run: excel.run }), (e) => errors.push(e));
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { excel, handlers, event, errors, completions: () => completed };
}

test("insertDemo inserts the demonstration sheet; validateForms marks and selects the first mistake", async () => {
  const { excel, handlers, event, errors, completions } = setup();
  await handlers.insertDemo(event);
  const sheet = findTemplate(DEMO_TEMPLATE)!.sheetName;
  expect(excel.cell(sheet, "B2")?.value).toBe(`${DEMO_TEMPLATE}@1`);
  excel.type(sheet, "B6", "šogad");
  await handlers.validateForms(event);
  expect(excel.cell(sheet, "B6")?.fill).toBe(MARK_FILL);
  expect(excel.book.selection).toMatchObject({ sheet: excel.sheet(sheet), area: { r1: 6, c1: 2 } });
  expect([errors, completions()]).toEqual([[], 2]);
});

test("buildResults writes the improvement plan and shows it", async () => {
  const { excel, handlers, event, errors } = setup();
  await handlers.insertDemo(event);
  await handlers.buildResults(event);
  expect(errors).toEqual([]);
  const active = excel.book.selection?.sheet;
  expect(active && excel.book.sheets.includes(active) ? active.name : undefined).toBe("Pilnveides plāns");
});

test("a command that fails still completes, and says why", async () => {
  const { handlers, event, errors, completions } = setup();
  const failing = commands({ ...createOfficeHost({ run: () => Promise.reject(new Error("offline")) }) }, (e) => errors.push(e));
  await failing.insertDemo(event);
  expect(completions()).toBe(1);
  expect(String(errors[0])).toMatch(/offline/);
  expect(Object.keys(handlers)).toEqual(["insertDemo", "validateForms", "buildResults"]);
});

test("register associates each command under its manifest name", () => {
  const associated: string[] = [];
  const office = { actions: { associate: (name: string) => void associated.push(name) } } as unknown as typeof Office;
  register(office, setup().handlers);
  expect(associated).toEqual(["insertDemo", "validateForms", "buildResults"]);
  expect(typeof (globalThis as Record<string, unknown>).insertDemo).toBe("function");
});
