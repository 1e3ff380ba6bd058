import { HostProblem, type HostAdapter, type ResultsHost } from "../host/types";
import { createOfficeHost } from "../render/office/officeHost";
import { noticeFrom, renderNotice, showNotice, type Language, type Notice } from "./notice";

/**
 * Ribbon commands (the manifest's ExecuteFunction buttons). They run without the task pane, so
 * what they do must show in the sheet itself: the inserted sheet is activated, validation marks
 * the wrong cells and selects the first one, and results activate the improvement plan. What
 * cannot show in the sheet — an error, no template sheet, no mistakes, a sheet left alone — is
 * told in a small dialog (notice.ts), and `event.completed()` is called whatever happens.
 */

/** The template a trainer gets from the ribbon: the 2023 self-assessment, the current method. */
export const DEMO_TEMPLATE = "pasnovertejums-2023";

export interface CommandEvent {
  completed(): void;
}

export type Command = (event: CommandEvent) => Promise<void>;

export interface CommandOptions {
  /** Where the details go (the console). */
  readonly log?: (e: unknown) => void;
  /** Shows a notice to the user and resolves when it is closed. */
  readonly tell?: (notice: Notice) => Promise<void>;
}

export function commands(host: HostAdapter & ResultsHost, options: CommandOptions = {}): Record<string, Command> {
  const log = options.log ?? console.error;
  const tell = options.tell ?? (async () => undefined);
  // Office waits for completed(), whatever happens; a command that never calls it hangs the ribbon.
  const run =
    (work: () => Promise<Notice | undefined>): Command =>
    async (event) => {
      try {
        let notice: Notice | undefined;
        try {
          notice = await work();
        } catch (e) {
          log(e);
          notice = e instanceof HostProblem ? { kind: "problem", problem: e.kind } : { kind: "failed" };
        }
        if (notice) await tell(notice).catch(log);
      } finally {
        event.completed();
      }
    };
  return {
    insertDemo: run(async () => {
      await host.insertTemplate({ templateId: DEMO_TEMPLATE, demo: true });
      return undefined;
    }),
    validateForms: run(async () => {
      const report = await host.validate();
      if (report.sheets.length === 0) return { kind: "noForms" };
      const first = report.findings.find((f) => f.severity === "error") ?? report.findings[0];
      if (!first) return { kind: "clean" };
      await host.selectCell(first.sheet, first.cell);
      // The wrong cells are where the user looks; on a sheet that refused the marks they would not show.
      return report.unmarked?.length ? { kind: "unmarked", sheets: report.unmarked } : undefined;
    }),
    buildResults: run(async () => {
      const report = await host.buildResults({});
      if (report.sheets.length === 0 && report.charts === 0) return { kind: "noForms" };
      // Show what was built: the last sheet written is the improvement plan, when there is one.
      const last = report.sheets[report.sheets.length - 1];
      if (last) await host.selectCell(last, "A1");
      return report.skipped.length ? { kind: "skipped", skipped: report.skipped } : undefined;
    }),
  };
}

/** Registers the commands with Office under the names the manifest's <FunctionName>s use. */
export function register(office: typeof Office, handlers: Record<string, Command>): void {
  for (const [name, handler] of Object.entries(handlers)) {
    const ribbonHandler = (event: Office.AddinCommands.Event) => handler(event);
    if (office.actions?.associate) office.actions.associate(name, ribbonHandler);
    // Older Office finds function commands as globals of the function file.
    (globalThis as Record<string, unknown>)[name] = ribbonHandler;
  }
}

/**
 * What the function file does when it loads. The actions are registered at once, at module load —
 * not inside Office.onReady — and the bundle is loaded without `defer` (webpack.config.js): a
 * ribbon button clicked while the file loads then finds its action, instead of needing a second
 * click (office-js #2744, #5176). Opened as a notice dialog, the page shows the notice instead.
 */
export function start(office: typeof Office, page: Location): void {
  const shown = noticeFrom(page.search);
  if (shown) {
    void office.onReady(() => undefined);
    // guard.js writes this bundle in while <head> is parsed: there is no body to fill yet.
    const show = () => renderNotice(document, shown, () => office.context.ui.messageParent("close"));
    if (document.body) show();
    else document.addEventListener("DOMContentLoaded", show, { once: true });
    return;
  }
  const host = createOfficeHost();
  const language = (): Language => (host.displayLanguage() === "en" ? "en" : "lv");
  register(office, commands(host, { tell: (notice) => showNotice(office, page.href, notice, language()) }));
  void office.onReady(() => undefined);
}

if (typeof Office !== "undefined" && typeof location !== "undefined") start(Office, location);
