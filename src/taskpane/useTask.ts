import { useCallback, useRef, useState } from "react";

export type TaskState<R> =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly result: R }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * One host call at a time, with its outcome kept for the panel to show. A second start while one is
 * running is ignored: Excel batches are not safe to interleave from the same pane.
 */
export function useTask<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [state, setState] = useState<TaskState<R>>({ status: "idle" });
  const running = useRef(false);
  const start = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      setState({ status: "busy" });
      try {
        setState({ status: "done", result: await run(...args) });
      } catch (error) {
        setState({ status: "failed", error });
      } finally {
        running.current = false;
      }
    },
    [run],
  );
  return { state, start };
}
