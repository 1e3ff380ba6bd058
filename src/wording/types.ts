import type { FindingReason, LaterBy, Reason, SheetDefectFact } from "../core/reasons";

/** The member of a union whose `kind` may be `K` (a member may stand for several kinds). */
export type OfKind<U, K> = U extends { readonly kind: infer X } ? (K extends X ? U : never) : never;

/** One sentence-maker per kind: a kind left out of a catalogue is a compile error. */
export type ByKind<U extends { readonly kind: string }> = { readonly [K in U["kind"]]: (r: OfKind<U, K>) => string };

/** One sentence-maker per fact that can decide which of two returns is newer (`LaterBy`, told by `by`). */
export type ByBy = { readonly [K in LaterBy["by"]]: (w: OfBy<LaterBy, K>) => string };

/** The member of a union whose `by` may be `K`, as OfKind is for `kind`. */
type OfBy<U, K> = U extends { readonly by: infer X } ? (K extends X ? U : never) : never;

/** One language's words for everything the reader, the contract, the merge and validation report. */
export interface Wording {
  /** Why a file or one of its template sheets is not used. */
  readonly reason: ByKind<Reason>;
  /** Why one sheet could not be read in full (inside a `tooLarge` or `damaged` reason). */
  readonly defect: ByKind<SheetDefectFact>;
  /** What validation found in a cell: a full sentence. */
  readonly finding: ByKind<FindingReason>;
}
