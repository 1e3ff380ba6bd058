import type { PlanCell } from "./types";

/** Shorthands for plan cells; text is always { text }, so it is never parsed as a number or formula. */
export const text = (s: string): PlanCell => ({ text: s });
export const num = (n: number | undefined): PlanCell => (n === undefined ? null : { number: n });
export const formula = (f: string): PlanCell => ({ formula: f });
export const valueCell = (v: string | number | undefined): PlanCell => (v === undefined ? null : typeof v === "number" ? num(v) : text(v));
