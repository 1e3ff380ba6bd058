import type { HostAdapter, ResultsHost } from "../host/types";
import type { SelfCheckHost } from "../host/selfCheck";

/**
 * The host the pane is given: the Office host gives every part of it, and so must any other (the
 * browser suite's harness over the Excel API double), so no section guards a missing feature.
 */
export type PaneHost = HostAdapter & ResultsHost & SelfCheckHost;
