import { useCallback, useEffect, useRef, useState } from "react";
import type { ResultsHost } from "../../host/types";
import { isCancelled, runMerge, type MergeInput, type MergeRun, type ReadOutcome } from "./runMerge";

export type MergePhase = "idle" | "loading" | "reading" | "writing" | "done" | "cancelled" | "failed";

export interface MergeState {
  readonly phase: MergePhase;
  readonly done: number;
  readonly total: number;
  /** Each file as read, in order; the final standing replaces it once the merge is done. */
  readonly read: readonly ReadOutcome[];
  readonly run?: MergeRun;
  readonly error?: unknown;
}

/** How often the progress on screen is brought up to date while files are read. */
const FLUSH_MS = 100;

const IDLE: MergeState = { phase: "idle", done: 0, total: 0, read: [] };

/**
 * The merge runner's progress as React state, and its Cancel. One merge at a time: Excel batches
 * from the same pane must not interleave. Leaving the pane (unmount) cancels a running merge, so it
 * never writes into a workbook the user has moved on from.
 */
export function useMergeRun(host: Pick<ResultsHost, "writeOwnedSheets">) {
  const [state, setState] = useState<MergeState>(IDLE);
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (files: readonly MergeInput[]) => {
      if (controller.current || files.length === 0) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ ...IDLE, phase: "loading", total: files.length });
      // Outcomes are collected here and shown at most every FLUSH_MS: re-rendering a list of 1,000
      // lines after each of 1,000 small files would cost more than reading them.
      const read: ReadOutcome[] = [];
      let shown = 0;
      try {
        const run = await runMerge(files, host, {
          signal: abort.signal,
          onStart: (total) => setState((s) => ({ ...s, phase: "reading", total })),
          onProgress: ({ done, total, outcome }) => {
            read.push(outcome);
            const now = Date.now();
            if (done < total && now - shown < FLUSH_MS) return;
            shown = now;
            setState((s) => ({ ...s, phase: done === total ? "writing" : "reading", done, total, read: [...read] }));
          },
        });
        setState((s) => ({ ...s, phase: "done", run }));
      } catch (error) {
        // Whatever was read before the cancel or failure is shown, even if not flushed yet.
        const done = read.length;
        setState((s) => ({ ...s, done, read: [...read], ...(isCancelled(error) ? { phase: "cancelled" } : { phase: "failed", error }) }));
      } finally {
        controller.current = undefined;
      }
    },
    [host],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const busy = state.phase === "loading" || state.phase === "reading" || state.phase === "writing";
  return { state, start, cancel, busy };
}
