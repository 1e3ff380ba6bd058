import type { HostAdapter, ResultsHost } from "../host/types";
import type { SelfCheckHost } from "../host/selfCheck";

/**
 * The host the pane is given. Results and the merge's writing are newer than the rest of the host;
 * a host without them (an older Office connection, a test double) still runs the other sections,
 * and the sections that need them say so instead of failing on a click.
 */
export type PaneHost = HostAdapter & Partial<ResultsHost> & Partial<SelfCheckHost>;

export function canBuildResults(host: PaneHost): host is HostAdapter & Pick<ResultsHost, "buildResults"> {
  return typeof host.buildResults === "function";
}

export function canWriteOwnedSheets(host: PaneHost): host is HostAdapter & Pick<ResultsHost, "writeOwnedSheets"> {
  return typeof host.writeOwnedSheets === "function";
}

export function canSelfCheck(host: PaneHost): host is HostAdapter & SelfCheckHost {
  return typeof host.selfCheck === "function" && typeof host.writeReportSheet === "function";
}
