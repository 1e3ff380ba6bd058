import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { findTemplate, type RawValue } from "../../src/core";
import { buildSheetPlan, cellRef, parseRange } from "../../src/plan";
import type { HostAdapter } from "../../src/host/types";
import { createOfficeHost } from "../../src/render/office/officeHost";
import { App } from "../../src/taskpane/components/App";
import { ExcelDouble } from "../doubles/excel";

/**
 * The pane as the browser suite sees it: the real App over the real Office host, which runs over
 * the Excel API test double instead of Excel. `?lang=` stands for Office's display language;
 * `window.kvalitateTest` lets the suite read the host calls, make the next call fail, type into a
 * cell as a user would in Excel, and see what Excel has selected.
 */
export interface HostCall {
  readonly method: keyof HostAdapter;
  readonly args: readonly unknown[];
}

export interface TestControls {
  readonly calls: HostCall[];
  /** The next call of `method` throws, as Office does when the workbook is busy or gone. */
  failNext(method: keyof HostAdapter): void;
  /** What a person types into a cell (the double parses it as Excel would). */
  type(sheet: string, ref: string, value: RawValue): void;
  /** Where the template puts its first rating cell, from the same plan the renderer wrote. */
  firstRatingCell(templateId: string): string;
  /** "Sheet!A1" of Excel's current selection, or undefined. */
  selection(): string | undefined;
}

declare global {
  interface Window {
    kvalitateTest: TestControls;
  }
}

const params = new URLSearchParams(window.location.search);
const excel = new ExcelDouble({ displayLanguage: params.get("lang") ?? "lv-LV" });
excel.installOffice();
const office = createOfficeHost({ run: excel.run, displayLanguage: () => excel.displayLanguage });
// Long enough for the suite to see the spinner, short enough not to slow it down.
const latencyMs = Number(params.get("latency") ?? "150");

const calls: HostCall[] = [];
let failing: keyof HostAdapter | undefined;

async function call<R>(method: keyof HostAdapter, args: unknown[], run: () => Promise<R>): Promise<R> {
  calls.push({ method, args });
  await new Promise((resolve) => setTimeout(resolve, latencyMs));
  if (failing === method) {
    failing = undefined;
    throw Object.assign(new Error("Simulated host failure: the workbook is busy"), { code: "InvalidOperationInCellEditMode" });
  }
  return run();
}

const host: HostAdapter = {
  displayLanguage: () => office.displayLanguage(),
  insertTemplate: (request) => call("insertTemplate", [request], () => office.insertTemplate(request)),
  validate: (sheet) => call("validate", sheet === undefined ? [] : [sheet], () => office.validate(sheet)),
  selectCell: (sheet, cell) => call("selectCell", [sheet, cell], () => office.selectCell(sheet, cell)),
};

window.kvalitateTest = {
  calls,
  failNext: (method) => void (failing = method),
  type: (sheet, ref, value) => excel.type(sheet, ref, value),
  firstRatingCell(templateId) {
    const template = findTemplate(templateId);
    if (!template) throw new Error(`unknown template ${templateId}`);
    const { table, inputHeaders } = buildSheetPlan(template);
    const { r1, c1 } = parseRange(table.ref);
    return cellRef(r1 + 1, c1 + table.headers.indexOf(inputHeaders.value));
  },
  selection() {
    const s = excel.book.selection;
    return s && `${s.sheet.name}!${cellRef(s.area.r1, s.area.c1)}`;
  },
};

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App host={host} />
  </FluentProvider>,
);
