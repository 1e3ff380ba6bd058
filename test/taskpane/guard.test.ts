import { parse } from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/**
 * src/taskpane/guard.js, the pane's first script: it must parse in Internet Explorer 11 (ES5), and
 * decide rightly between loading the bundle and telling the user which Excel is needed.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const GUARD = fs.readFileSync(path.join(ROOT, "src", "taskpane", "guard.js"), "utf8");

test("parses as ES5, as a classic script", () => {
  expect(() => parse(GUARD, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

test("the ES5 check would catch what IE11 cannot parse", () => {
  for (const modern of ["let a = 1;", "const f = () => 1;", "var s = `x`;", "var o = a?.b;", "class K {}"]) {
    expect(() => parse(modern, { ecmaVersion: 5, sourceType: "script" })).toThrow();
  }
});

test("taskpane.html and commands.html run guard.js first and load their bundles only through it", () => {
  for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
    const html = fs.readFileSync(path.join(ROOT, page), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts[0]).toBe('<script type="text/javascript" src="guard.js">');
    expect(html).toMatch(/kvalitateGuard\.start(Commands)?\(<%= JSON\.stringify\(htmlWebpackPlugin\.files\.js\) %>/);
  }
  // The bundles' tags are the guard's to write: webpack must not inject them as well.
  const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  expect(config.match(/inject: false/g)?.length).toBe(2);
});

/** A page as small as the guard needs: head, body, #container, createElement, text nodes. */
function fakePage(features: Record<string, unknown>) {
  const made: { tag: string; src?: string; id?: string; text: string[]; children: unknown[] }[] = [];
  const element = (tag: string) => {
    const el = {
      tag,
      text: [] as string[],
      children: [] as unknown[],
      style: {} as Record<string, string>,
      id: undefined as string | undefined,
      src: undefined as string | undefined,
      async: true,
      setAttribute() {},
      appendChild(child: { data?: string; text?: string[] }) {
        el.children.push(child);
        if (child.data) el.text.push(child.data);
        if (child.text) el.text.push(...child.text);
      },
    };
    made.push(el);
    return el;
  };
  const head = element("head");
  const body = element("body");
  const container = { id: "container", parentNode: { replaceChild: (by: unknown) => body.appendChild(by as never) } };
  const document = {
    body,
    createElement: element,
    createTextNode: (data: string) => ({ data }),
    getElementsByTagName: (t: string) => (t === "head" ? [head] : []),
    getElementById: (id: string) => (id === "container" ? container : null),
    addEventListener() {},
  };
  const window: Record<string, unknown> = { document, location: { href: "https://x.lv/a/commands.html" }, ...features };
  vm.runInNewContext(GUARD, window);
  return { window, head, body, made };
}

/** What a current browser has, taken from Node's own globals (Node 20 has all of them). */
const MODERN = { Promise, Symbol, fetch, Map, Set, WeakMap, Object, Array, TextDecoder, Function };

test("in a modern engine nothing is missing and the bundle is loaded, in order", () => {
  const { window, head, body } = fakePage(MODERN);
  const guard = window.kvalitateGuard as { start(files: string[]): boolean; missing: string[] };
  expect(guard.start(["taskpane.1.js", "taskpane.2.js"])).toBe(true);
  expect(guard.missing).toEqual([]);
  expect(head.children.map((s) => (s as { src: string; async: boolean }).src)).toEqual(["taskpane.1.js", "taskpane.2.js"]);
  expect(head.children.every((s) => (s as { async: boolean }).async === false)).toBe(true);
  expect(body.children).toEqual([]);
});

test("without Promise, fetch, Object.fromEntries and modern syntax: the message in Latvian and English, and no bundle", () => {
  // The vm context's own Object lacks nothing, so the old engine is drawn by what the page is given.
  const oldObject = { ...Object, fromEntries: undefined } as unknown as ObjectConstructor;
  const oldFunction = function () {
    throw new SyntaxError("Expected identifier");
  } as unknown as FunctionConstructor;
  const { window, head, body } = fakePage({ ...MODERN, Promise: undefined, fetch: undefined, Object: oldObject, Function: oldFunction });
  const guard = window.kvalitateGuard as { start(files: string[]): boolean; missing: string[] };
  expect(guard.start(["taskpane.1.js"])).toBe(false);
  expect(guard.missing).toEqual(["Promise", "fetch", "Object.fromEntries", "ES2020 syntax"]);
  expect(head.children).toEqual([]);
  const text = (body.children[0] as { text: string[] }).text.join("\n");
  expect(text).toContain("Vajag Microsoft 365 vai Excel 2021 un jaunāku versiju, vai Excel tīmeklī");
  expect(text).toContain("It needs Microsoft 365, or Excel 2021 and later, or Excel on the web.");
  expect(text).toContain("Trūkst / Missing: Promise, fetch, Object.fromEntries, ES2020 syntax");
});

test("a host whose security policy forbids eval is not taken for an old engine", () => {
  const noEval = function () {
    throw new EvalError("Refused to evaluate a string as JavaScript");
  } as unknown as FunctionConstructor;
  const { window } = fakePage({ ...MODERN, Function: noEval });
  expect((window.kvalitateGuard as { start(f: string[]): boolean }).start([])).toBe(true);
});

test("in an old engine each ribbon command opens the help page's requirements and completes", () => {
  const dialogs: string[] = [];
  const associated: string[] = [];
  const Office = {
    context: { ui: { displayDialogAsync: (url: string, _o: unknown, done: () => void) => (dialogs.push(url), done()) } },
    actions: { associate: (name: string) => associated.push(name) },
  };
  const { window, head } = fakePage({ ...MODERN, Promise: undefined, Office });
  const guard = window.kvalitateGuard as { startCommands(files: string[], names: string[], help: string): boolean };
  expect(guard.startCommands(["commands.1.js"], ["insertDemo", "validateForms"], "help.html#prasibas")).toBe(false);
  expect(head.children).toEqual([]);
  expect(associated).toEqual(["insertDemo", "validateForms"]);
  let completed = 0;
  (window.validateForms as (e: { completed(): void }) => void)({ completed: () => completed++ });
  expect(dialogs).toEqual(["https://x.lv/a/help.html#prasibas"]);
  expect(completed).toBe(1);
});

test("an opened dialog stays until the user closes it; then the command completes, once", () => {
  let closed: () => void = () => undefined;
  const dialog = { addEventHandler: (type: string, handler: () => void) => type === "dialogEventReceived" && (closed = handler) };
  const Office = {
    EventType: { DialogEventReceived: "dialogEventReceived" },
    context: { ui: { displayDialogAsync: (_url: string, _o: unknown, done: (r: unknown) => void) => done({ status: "succeeded", value: dialog }) } },
  };
  const { window } = fakePage({ ...MODERN, Promise: undefined, Office });
  (window.kvalitateGuard as { startCommands(files: string[], names: string[], help: string): boolean }).startCommands([], ["buildResults"], "help.html");
  expect(typeof (Office as { initialize?: unknown }).initialize).toBe("function");
  let completed = 0;
  (window.buildResults as (e: { completed(): void }) => void)({ completed: () => completed++ });
  expect(completed).toBe(0);
  closed();
  closed();
  expect(completed).toBe(1);
});
