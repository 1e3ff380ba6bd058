import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { findTemplate, type RawValue } from "../../src/core";
import { buildSheetPlan, cellRef, parseRange } from "../../src/plan";
import type { HostAdapter, ResultsHost } from "../../src/host/types";
import type { SelfCheckHost } from "../../src/host/selfCheck";
import type { PaneHost } from "../../src/taskpane/hostFeatures";
import { createOfficeHost } from "../../src/render/office/officeHost";
import { App } from "../../src/taskpane/components/App";
import { ExcelDouble } from "../doubles/excel";

/**
 * The pane as the browser suite sees it: the real App over the real Office host, which runs over
 * the Excel API test double instead of Excel. `?lang=` stands for Office's display language;
 * `window.kvalitateTest` lets the suite read the host calls, make the next call fail, type into a
 * cell as a user would in Excel, and see what Excel has selected.
 */
/** Every host method the suite watches, the optional results ones included. */
export type HostMethod = keyof HostAdapter | keyof ResultsHost | keyof SelfCheckHost;

export interface HostCall {
  readonly method: HostMethod;
  readonly args: readonly unknown[];
}

export interface TestControls {
  readonly calls: HostCall[];
  /** The next call of `method` throws, as Office does when the workbook is busy or gone. */
  failNext(method: HostMethod): void;
  /** What a person types into a cell (the double parses it as Excel would). */
  type(sheet: string, ref: string, value: RawValue): void;
  /** Where the template puts its first rating cell, from the same plan the renderer wrote. */
  firstRatingCell(templateId: string): string;
  /** "Sheet!A1" of Excel's current selection, or undefined. */
  selection(): string | undefined;
  /** Names of the workbook's sheets, in order. */
  sheetNames(): string[];
  /** Names of the charts on a sheet. */
  chartNames(sheet: string): string[];
  /** The trainer's three demonstration returns, base64, for the suite to drop into the Merge section. */
  demoFiles(): Promise<{ name: string; base64: string }[]>;
  /** Every chosen file takes this long to read, as from a slow network drive (to catch a cancel). */
  slowFiles(ms: number): void;
  /** A sheet of the user's own, as Excel has at least one (the double starts with none). */
  addSheet(name: string): void;
  /** Everything the double holds (but its id counter), as JSON, to compare before and after. */
  workbookState(): string;
}

declare global {
  interface Window {
    kvalitateTest: TestControls;
  }
}

const params = new URLSearchParams(window.location.search);
// The double calculates formulas as Excel would, so the self-check can compare figures in the browser too.
const excel = new ExcelDouble({ displayLanguage: params.get("lang") ?? "lv-LV", calculate: params.get("calc") !== "0" });
excel.installOffice();
// `?sheet=Sheet1`: the workbook opens with a sheet of the user's, as a real one always has.
if (params.get("sheet")) excel.addSheet(params.get("sheet")!);
const office = createOfficeHost({ run: excel.run, displayLanguage: () => excel.displayLanguage });
// Long enough for the suite to see the spinner, short enough not to slow it down.
const latencyMs = Number(params.get("latency") ?? "150");

const calls: HostCall[] = [];
let failing: HostMethod | undefined;

async function call<R>(method: HostMethod, args: unknown[], run: () => Promise<R>): Promise<R> {
  calls.push({ method, args });
  await new Promise((resolve) => setTimeout(resolve, latencyMs));
  if (failing === method) {
    failing = undefined;
    throw Object.assign(new Error("Simulated host failure: the workbook is busy"), { code: "InvalidOperationInCellEditMode" });
  }
  return run();
}

const base: HostAdapter = {
  displayLanguage: () => office.displayLanguage(),
  insertTemplate: (request) => call("insertTemplate", [request], () => office.insertTemplate(request)),
  validate: (sheet) => call("validate", sheet === undefined ? [] : [sheet], () => office.validate(sheet)),
  selectCell: (sheet, cell) => call("selectCell", [sheet, cell], () => office.selectCell(sheet, cell)),
};

// The Office host gives every part of the pane's host; so does this one, each call logged.
const host: PaneHost = {
  ...base,
  buildResults: (request) => call("buildResults", [request], () => office.buildResults(request)),
  // The sheets themselves are large; the call log keeps their names.
  writeOwnedSheets: (sheets) => call("writeOwnedSheets", [sheets.map((s) => s.name)], () => office.writeOwnedSheets(sheets)),
  selfCheck: (request) => call("selfCheck", [], () => office.selfCheck(request)),
  writeReportSheet: (lines) => call("writeReportSheet", [lines.length], () => office.writeReportSheet(lines)),
};

// Reading a chosen file takes this long (see slowFiles); 0 leaves the browser's own reading alone.
let fileDelayMs = 0;
const readBlob = Blob.prototype.arrayBuffer;
Blob.prototype.arrayBuffer = async function (this: Blob) {
  if (fileDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, fileDelayMs));
  return readBlob.call(this);
};

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

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
  slowFiles(ms) {
    fileDelayMs = ms;
  },
  addSheet: (name) => void excel.addSheet(name),
  workbookState() {
    const { nextId: _counter, ...book } = excel.book;
    // Excel always has an active sheet and a selection; the double leaves them unset until asked.
    const activeSheet = book.activeSheet ?? book.sheets[0];
    // The sheet the user sees is the active one, unless Excel let them part (#3148).
    const shownSheet = book.shownSheet ?? activeSheet;
    const rest = {
      ...book,
      activeSheet,
      shownSheet,
      selection: book.selection ?? (activeSheet && { sheet: activeSheet, area: { r1: 1, c1: 1, r2: 1, c2: 1 } }),
    };
    const seen = new WeakSet<object>();
    // Tables and names point back at their sheet: those are written as the sheet's name.
    return JSON.stringify(rest, (key, value: unknown) => {
      if (value instanceof Map) return [...value];
      if (value && typeof value === "object" && (key === "sheet" || key === "scopeSheet" || key === "activeSheet" || key === "shownSheet"))
        return (value as { name: string }).name;
      if (value && typeof value === "object") {
        if (seen.has(value)) return "[seen]";
        seen.add(value);
      }
      return value;
    });
  },
  sheetNames: () => excel.book.sheets.map((s) => s.name),
  chartNames: (sheet) => excel.book.sheets.find((s) => s.name === sheet)?.charts.map((c) => c.name) ?? [],
  async demoFiles() {
    // Loaded on demand, so a page that never asks does not load the parser chunk.
    const { demoReturnBytes } = await import("../../src/taskpane/trainer/demoReturns");
    return (await demoReturnBytes()).map(({ name, bytes }) => ({ name, base64: base64(bytes) }));
  },
};

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App host={host} openAt={params.get("open") === "selfcheck" ? "selfcheck" : undefined} />
  </FluentProvider>,
);
