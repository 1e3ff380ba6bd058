import type { HostAdapter, ResultsHost } from "../host/types";
import { createOfficeHost } from "../render/office/officeHost";

/**
 * Ribbon commands (the manifest's ExecuteFunction buttons). They run without the task pane, so
 * what they do must show in the sheet itself: the inserted sheet is activated, and validation
 * marks the wrong cells and selects the first one, and results activate the improvement plan.
 */

/** The template a trainer gets from the ribbon: the 2023 self-assessment, the current method. */
export const DEMO_TEMPLATE = "pasnovertejums-2023";

export interface CommandEvent {
  completed(): void;
}

export type Command = (event: CommandEvent) => Promise<void>;

export function commands(host: HostAdapter & ResultsHost, log: (e: unknown) => void = console.error): Record<string, Command> {
  // Office waits for completed(), whatever happens; a command that never calls it hangs the ribbon.
  const run = (work: () => Promise<unknown>): Command => async (event) => {
    try {
      await work();
    } catch (e) {
      log(e);
    } finally {
      event.completed();
    }
  };
  return {
    insertDemo: run(() => host.insertTemplate({ templateId: DEMO_TEMPLATE, demo: true })),
    validateForms: run(async () => {
      const report = await host.validate();
      const first = report.findings.find((f) => f.severity === "error") ?? report.findings[0];
      if (first) await host.selectCell(first.sheet, first.cell);
    }),
    buildResults: run(async () => {
      const report = await host.buildResults({});
      // Show what was built: the last sheet written is the improvement plan, when there is one.
      const last = report.sheets[report.sheets.length - 1];
      if (last) await host.selectCell(last, "A1");
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

if (typeof Office !== "undefined") {
  void Office.onReady(() => register(Office, commands(createOfficeHost())));
}
