import type { LaterBy } from "../core/reasons";
import type { ByBy, ByKind } from "./types";

/** The sentence for `r` from a table of sentence-makers by kind. */
export function pick<U extends { readonly kind: string }>(table: ByKind<U>, r: U): string {
  // The table's type pairs each kind with the member of U that has it; TypeScript cannot follow that
  // pairing through an index by a value's own kind, so the one cast of the whole catalogue is here.
  return (table[r.kind as U["kind"]] as unknown as (r: U) => string)(r);
}

/** The words for which fact decided that one return is newer, the same way. */
export function pickBy(table: ByBy, w: LaterBy): string {
  return (table[w.by] as (w: LaterBy) => string)(w);
}
