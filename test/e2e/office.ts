import { findTemplate, templates, type RawValue } from "../../src/core";
import { families } from "../../src/core/catalog";
import { buildSheetPlan, cellRef, parseRange } from "../../src/plan";
import { ExcelDouble } from "../doubles/excel";

/**
 * Office.js for the production build in Chromium: the browser suite answers the pages' request for
 * Microsoft's office.js with this file, and nothing else of dist/ is changed. It gives the pages
 * `Office` (onReady, requirements, the display language and theme, the ribbon's actions, the dialog
 * API) and `Excel.run` over the Excel API double, and the suite `window.kvalitateTest`.
 *
 * The page's query sets the host: `lang` (Office's display language, "lv-LV"; the ribbon's notice
 * page carries "lv"/"en" there itself), `theme=dark` (Office's dark theme colours), `flavour=web`,
 * `latency` (ms each Excel.run waits first, so a spinner shows), `sheet` (a sheet of the user's).
 */

export interface RibbonEvent {
  completed(): void;
}

export interface OfficeTestControls {
  /** How many batches the pages ran (Excel.run). */
  readonly runs: number;
  /** The next Excel.run fails, as Office does when the workbook is busy or gone. */
  failNext(): void;
  type(sheet: string, ref: string, value: RawValue): void;
  firstRatingCell(templateId: string): string;
  selection(): string | undefined;
  sheetNames(): string[];
  chartNames(sheet: string): string[];
  addSheet(name: string): void;
  /** The catalog's families and their template counts, so the suite writes no count in. */
  catalog(): { family: string; templates: number }[];
  demoFiles(): Promise<{ name: string; base64: string }[]>;
  slowFiles(ms: number): void;
  workbookState(): string;
  /** Runs a ribbon command as Office does; resolves when it calls completed(). */
  ribbon(name: string): Promise<void>;
  /** Addresses of the dialogs the ribbon opened, in order. */
  readonly dialogs: string[];
  /** The user closes the last dialog (its button posts "close" to the function file). */
  closeDialog(): void;
  /** What the notice page told the function file (Office.context.ui.messageParent). */
  readonly parentMessages: string[];
  /** Protects a sheet as a user would (Review → Protect Sheet, no password). */
  protect(sheet: string, options: Excel.WorksheetProtectionOptions): void;
}

/** The page's globals this file sets (the dev harness types `window.kvalitateTest` its own way). */
const page = window as unknown as Record<string, unknown>;

const params = new URLSearchParams(window.location.search);
const language = params.get("lang") ?? "lv-LV";
const excel = new ExcelDouble({
  displayLanguage: language.includes("-") ? language : language === "en" ? "en-US" : "lv-LV",
  calculate: true,
  flavour: params.get("flavour") === "web" ? "web" : "desktop",
});
if (params.get("sheet")) excel.addSheet(params.get("sheet")!);
const latencyMs = Number(params.get("latency") ?? "150");
const dark = params.get("theme") === "dark";

let runs = 0;
let failing = false;
const run = async <T>(
  options: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
  batch?: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> => {
  runs++;
  await new Promise((resolve) => setTimeout(resolve, latencyMs));
  if (failing) {
    failing = false;
    throw Object.assign(new Error("Simulated host failure: the workbook is busy"), { code: "GeneralException" });
  }
  return typeof options === "function" ? excel.run(options) : excel.run(options, batch!);
};

const actions = new Map<string, (event: RibbonEvent) => unknown>();
const dialogs: string[] = [];
const parentMessages: string[] = [];
let dialogHandlers = new Map<string, (arg: unknown) => void>();
const base = excel.officeGlobal();
const requirements = {
  isSetSupported: (name: string, version?: string) => name === "DialogApi" || base.context.requirements.isSetSupported(name, version),
};
const office = {
  context: {
    ...base.context,
    requirements,
    // What Office tells of its theme (Office.context.officeTheme): Black / Dark Gray, or Colorful.
    officeTheme: dark ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" } : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
        dialogs.push(url);
        dialogHandlers = new Map();
        callback({
          status: "succeeded",
          value: { close: () => undefined, addEventHandler: (type: string, f: (arg: unknown) => void) => void dialogHandlers.set(type, f) },
        });
      },
      messageParent: (message: string) => void parentMessages.push(message),
    },
  },
  onReady: (callback?: (info: unknown) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve(info).then((i) => (callback?.(i), i));
  },
  actions: { associate: (name: string, f: (event: RibbonEvent) => unknown) => void actions.set(name, f) },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
};
page.Office = office;
page.Excel = { run };

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

const controls: OfficeTestControls = {
  get runs() {
    return runs;
  },
  failNext: () => void (failing = true),
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
  sheetNames: () => excel.book.sheets.map((s) => s.name),
  chartNames: (sheet) => excel.book.sheets.find((s) => s.name === sheet)?.charts.map((c) => c.name) ?? [],
  addSheet: (name) => void excel.addSheet(name),
  catalog: () => families.map((f) => ({ family: f.title, templates: f.templates.filter((t) => templates.includes(t)).length })),
  async demoFiles() {
    const { demoReturnBytes } = await import("../../src/taskpane/trainer/demoReturns");
    return (await demoReturnBytes()).map(({ name, bytes }) => ({ name, base64: base64(bytes) }));
  },
  slowFiles: (ms) => void (fileDelayMs = ms),
  workbookState() {
    const { nextId: _counter, ...book } = excel.book;
    const activeSheet = book.activeSheet ?? book.sheets[0];
    const shownSheet = book.shownSheet ?? activeSheet;
    const rest = {
      ...book,
      activeSheet,
      shownSheet,
      selection: book.selection ?? (activeSheet && { sheet: activeSheet, area: { r1: 1, c1: 1, r2: 1, c2: 1 } }),
    };
    const seen = new WeakSet<object>();
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
  ribbon(name) {
    const action = actions.get(name);
    if (!action) return Promise.reject(new Error(`no ribbon action ${name} (registered: ${[...actions.keys()].join(", ")})`));
    return new Promise<void>((resolve) => void action({ completed: resolve }));
  },
  dialogs,
  closeDialog: () => dialogHandlers.get(office.EventType.DialogMessageReceived)?.({ message: "close" }),
  parentMessages,
  protect(sheet, options) {
    excel.sheet(sheet).protection = { protected: true, options };
  },
};
page.kvalitateTest = controls;
