import type { ReturnedFile } from "../../core/merge/merge";
import { loadParser } from "../merge/runMerge";
import { demoReturnBytes } from "../trainer/demoReturns";

/** The self-check's merge input: the trainer's three demonstration returns, read by the pane's parser. */
export async function demoReturnsRead(): Promise<ReturnedFile[]> {
  const parser = await loadParser();
  return (await demoReturnBytes()).map((f) => parser.readReturned(f.name, f.bytes));
}
