import { commands, DEMO_TEMPLATE, register, start } from "../../../src/commands/commands";
import { noticeFrom, noticeUrl, renderNotice, showNotice, type Notice } from "../../../src/commands/notice";
import { findTemplate } from "../../../src/core";
import { createOfficeHost } from "../../../src/render/office";
import { MARK_FILL } from "../../../src/render/office/looks";
import { en } from "../../../src/taskpane/i18n/en";
import { lv } from "../../../src/taskpane/i18n/lv";
import { ExcelDouble } from "../../doubles/excel";

/** The ribbon's commands over the Excel double: they do their work, tell what the sheet cannot show, and always complete. */

function setup(excel = new ExcelDouble()) {
  const errors: unknown[] = [];
  const told: Notice[] = [];
  const handlers = commands(createOfficeHost({ run: excel.run }), { log: (e) => errors.push(e), tell: async (n) => void told.push(n) });
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { excel, handlers, event, errors, told, completions: () => completed };
}

test("insertDemo inserts the demonstration sheet; validateForms marks and selects the first mistake", async () => {
  const { excel, handlers, event, errors, told, completions } = setup();
  await handlers.insertDemo(event);
  const sheet = findTemplate(DEMO_TEMPLATE)!.sheetName;
  expect(excel.cell(sheet, "B2")?.value).toBe(`${DEMO_TEMPLATE}@1`);
  excel.type(sheet, "B6", "šogad");
  await handlers.validateForms(event);
  expect(excel.cell(sheet, "B6")?.fill).toBe(MARK_FILL);
  expect(excel.book.selection).toMatchObject({ sheet: excel.sheet(sheet), area: { r1: 6, c1: 2 } });
  expect([errors, told, completions()]).toEqual([[], [], 2]);
});

test("buildResults writes the improvement plan and shows it", async () => {
  const { excel, handlers, event, errors } = setup();
  await handlers.insertDemo(event);
  await handlers.buildResults(event);
  expect(errors).toEqual([]);
  const active = excel.book.selection?.sheet;
  expect(active && excel.book.sheets.includes(active) ? active.name : undefined).toBe("Pilnveides plāns");
});

test("what the sheet cannot show is told: no template sheet, no mistakes, a sheet left alone for its password", async () => {
  const { excel, handlers, event, told, completions } = setup();
  excel.addSheet("Tukša");
  await handlers.validateForms(event);
  await handlers.insertDemo(event);
  const sheet = findTemplate(DEMO_TEMPLATE)!.sheetName;
  const { findings } = await createOfficeHost({ run: excel.run }).validate();
  for (const f of findings)
    excel.type(f.sheet, f.cell, f.code === "Datums" ? "2025-11-25" : f.code === "Periods" ? 2025 : f.code === "Iestade" || f.code === "Vertetajs" ? "X" : 3);
  await handlers.validateForms(event);
  excel.sheet(sheet).protection.password = "slepeni";
  await handlers.buildResults(event);
  expect(told).toEqual([{ kind: "noForms" }, { kind: "clean" }, { kind: "skipped", skipped: [{ sheet, reason: "refused", code: "AccessDenied" }] }]);
  expect(completions()).toBe(4);
});

test("a command that fails still completes, and tells the user in plain words", async () => {
  const errors: unknown[] = [];
  const told: Notice[] = [];
  const failing = commands(createOfficeHost({ run: () => Promise.reject(new Error("offline")) }), {
    log: (e) => errors.push(e),
    tell: async (n) => void told.push(n),
  });
  const editing = new ExcelDouble();
  editing.startCellEdit();
  const refusing = commands(createOfficeHost({ run: (_o, batch) => editing.run(batch) }), { log: (e) => errors.push(e), tell: async (n) => void told.push(n) });
  let completed = 0;
  const event = { completed: () => void completed++ };
  await failing.insertDemo(event);
  await refusing.validateForms(event);
  expect(completed).toBe(2);
  expect(String(errors[0])).toMatch(/offline/);
  expect(told).toEqual([{ kind: "failed" }, { kind: "problem", problem: "cellEdit" }]);
  // Even a notice that cannot be shown does not keep the ribbon waiting.
  const broken = commands(createOfficeHost({ run: () => Promise.reject(new Error("x")) }), {
    log: () => undefined,
    tell: () => Promise.reject(new Error("no dialog")),
  });
  await broken.insertDemo(event);
  expect(completed).toBe(3);
});

test("register associates each command under its manifest name", () => {
  const associated: string[] = [];
  const office = { actions: { associate: (name: string) => void associated.push(name) } } as unknown as typeof Office;
  register(office, setup().handlers);
  expect(associated).toEqual(["insertDemo", "validateForms", "buildResults"]);
  expect(typeof (globalThis as Record<string, unknown>).insertDemo).toBe("function");
});

test("the function file registers its actions as it loads, before Office.onReady has resolved (office-js #2744, #5176)", async () => {
  const associated: string[] = [];
  let ready = false;
  const office = {
    actions: { associate: (name: string) => void associated.push(`${name}${ready ? " (after onReady)" : ""}`) },
    onReady: () => new Promise<void>((resolve) => setTimeout(() => ((ready = true), resolve()), 5)),
  } as unknown as typeof Office;
  start(office, { search: "", href: "https://localhost:3000/commands.html" } as Location);
  expect(associated).toEqual(["insertDemo", "validateForms", "buildResults"]);
});

describe("the notice dialog", () => {
  test("is the function file itself, with the notice in its query, shown in the user's language", () => {
    const url = noticeUrl(
      "https://kvalitate.example.lv/commands.html?x=1",
      { kind: "skipped", skipped: [{ sheet: "Lapa (2)", reason: "sheetPassword" }] },
      "en",
    );
    expect(url.startsWith("https://kvalitate.example.lv/commands.html?")).toBe(true);
    expect(noticeFrom(new URL(url).search)).toEqual({ notice: { kind: "skipped", skipped: [{ sheet: "Lapa (2)", reason: "sheetPassword" }] }, language: "en" });
    expect(noticeFrom("")).toBeUndefined();
    expect(noticeFrom("?kv-notice=%7Bbroken")).toBeUndefined();

    const doc = fakeDocument();
    let closed = 0;
    renderNotice(doc as unknown as Document, { notice: { kind: "problem", problem: "workbookProtected" }, language: "lv" }, () => void closed++);
    const shown = () => doc.body.children[0].children;
    expect(shown().map((c) => c.textContent)).toEqual([lv.appTitle, lv.error.problems.workbookProtected, lv.ribbon.close]);
    shown()[2].click();
    expect([doc.documentElement.lang, closed]).toEqual(["lv", 1]);
    renderNotice(doc as unknown as Document, { notice: { kind: "clean" }, language: "en" }, () => undefined);
    expect(shown()[1].textContent).toBe(en.ribbon.clean);
  });

  test("opens through Office's dialog API, resolves when the user closes it, and at once where there is no dialog", async () => {
    const opened: string[] = [];
    let onMessage = () => undefined as void;
    let closed = 0;
    const office = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: {
        requirements: { isSetSupported: (name: string) => name === "DialogApi" },
        ui: {
          displayDialogAsync: (url: string, _o: unknown, callback: (r: unknown) => void) => {
            opened.push(url);
            callback({
              status: "succeeded",
              value: { close: () => void closed++, addEventHandler: (type: string, f: () => void) => type === "message" && (onMessage = f) },
            });
          },
        },
      },
    } as unknown as typeof Office;
    let resolved = false;
    const showing = showNotice(office, "https://localhost:3000/commands.html", { kind: "noForms" }, "lv").then(() => (resolved = true));
    await Promise.resolve();
    expect([opened.length, resolved]).toEqual([1, false]);
    onMessage();
    await showing;
    expect(closed).toBe(1);
    await showNotice({ context: {} } as unknown as typeof Office, "https://localhost:3000/commands.html", { kind: "noForms" }, "lv");
  });
});

/** Just enough of a DOM for renderNotice (the unit suite runs in Node). */
interface FakeElement {
  readonly tag: string;
  type: string;
  textContent: string;
  readonly style: Record<string, string>;
  readonly children: FakeElement[];
  append(...c: FakeElement[]): void;
  setAttribute(): void;
  addEventListener(type: string, f: () => void): void;
  click(): void;
  focus(): void;
}

function fakeDocument() {
  const element = (tag: string): FakeElement => {
    const listeners: (() => void)[] = [];
    const children: FakeElement[] = [];
    return {
      tag,
      type: "",
      textContent: "",
      style: {} as Record<string, string>,
      children,
      append: (...c: FakeElement[]) => void children.push(...c),
      setAttribute: () => undefined,
      addEventListener: (_: string, f: () => void) => void listeners.push(f),
      click: () => listeners.forEach((f) => f()),
      focus: () => undefined,
    };
  };
  const body = {
    style: {} as Record<string, string>,
    children: [] as FakeElement[],
    replaceChildren(...c: FakeElement[]) {
      this.children = c;
    },
  };
  return { documentElement: { lang: "", style: {} as Record<string, string> }, title: "", body, createElement: element };
}

test("the ribbon's bundle is loaded blocking while commands.html parses, not deferred (office-js #2744, #5176)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("fs") as typeof import("fs");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vm = require("vm") as typeof import("vm");
  const page = fs.readFileSync("src/commands/commands.html", "utf8");
  // The guard is called by a classic inline script in <head>, while the page is being parsed.
  expect(page).toMatch(/<head>[\s\S]*<script type="text\/javascript">\s*kvalitateGuard\.startCommands\([\s\S]*<\/head>/);
  expect(page).not.toMatch(/\b(defer|async)\b/);
  const written: string[] = [];
  const appended: unknown[] = [];
  const document = {
    readyState: "loading",
    write: (html: string) => written.push(html),
    getElementsByTagName: () => [{ appendChild: (n: unknown) => appended.push(n) }],
    createElement: () => ({}),
  };
  const sandbox: Record<string, unknown> = { document, Promise, Symbol, fetch, Map, Set, WeakMap, Object, Array, TextDecoder, Function };
  sandbox.window = sandbox;
  vm.runInNewContext(
    `${fs.readFileSync("src/taskpane/guard.js", "utf8")}\n;kvalitateGuard.startCommands(["commands.js"], ["insertDemo"], "help.html")`,
    sandbox,
  );
  expect(written).toEqual(['<script type="text/javascript" src="commands.js"></script>']);
  expect(appended).toEqual([]);
});
