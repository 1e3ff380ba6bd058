import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { RawValue } from "../../src/core";
import type { HostAdapter } from "../../src/host/types";
import { App } from "../../src/taskpane/components/App";
import { MemoryHost } from "./memoryHost";

/**
 * The pane as the browser suite sees it: the real App over a host the suite can watch and steer.
 * `?lang=` stands for Office's display language; `window.kvalitateTest` lets the suite read the
 * host calls, make the next call fail, and type into a cell as a user would in Excel.
 */
export interface HostCall {
  readonly method: keyof HostAdapter;
  readonly args: readonly unknown[];
}

export interface TestControls {
  readonly calls: HostCall[];
  /** The next call of `method` throws, as Office does when the workbook is busy or gone. */
  failNext(method: keyof HostAdapter): void;
  setCell(sheet: string, ref: string, value: RawValue): void;
  firstRatingCell(sheet: string): string;
}

declare global {
  interface Window {
    kvalitateTest: TestControls;
  }
}

const params = new URLSearchParams(window.location.search);
const backend = new MemoryHost(params.get("lang") ?? "lv-LV");
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
  displayLanguage: () => backend.displayLanguage(),
  insertTemplate: (request) => call("insertTemplate", [request], () => backend.insertTemplate(request)),
  validate: (sheet) => call("validate", sheet === undefined ? [] : [sheet], () => backend.validate(sheet)),
  selectCell: (sheet, cell) => call("selectCell", [sheet, cell], () => backend.selectCell(sheet, cell)),
};

window.kvalitateTest = {
  calls,
  failNext: (method) => void (failing = method),
  setCell: (sheet, ref, value) => backend.setCell(sheet, ref, value),
  firstRatingCell: (sheet) => backend.firstRatingCell(sheet),
};

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App host={host} />
  </FluentProvider>,
);
