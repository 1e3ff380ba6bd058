import type { Template } from "./catalog/types";
import { dateSerial, type FormFill } from "./fill";
import { kindOf } from "./kinds";
import { hashString, prng } from "./random";

/**
 * Deterministic, plainly fictional demonstration data for trainers: the same template and variant
 * always give the same entries, and every name says it is invented.
 */

export const DEMO_INSTITUTION = "Parauga sociālais dienests (izdomāts, demonstrācijai)";
export const DEMO_ASSESSOR = "Anna Paraudziņa (izdomāta)";

export { prng, hashString } from "./random";

export interface DemoOptions {
  /** Another fictional service (0, 1, 2…): a different but still deterministic set of entries. */
  readonly variant?: number;
  readonly periods?: number;
  readonly iestade?: string;
  readonly vertetajs?: string;
}

export function demoFill(template: Template, options: DemoOptions = {}): FormFill {
  const variant = options.variant ?? 0;
  const rand = prng(hashString(`${template.id}#${variant}`));
  const periods = options.periods ?? template.source.year;
  const meta = {
    iestade: options.iestade ?? (variant === 0 ? DEMO_INSTITUTION : `${DEMO_INSTITUTION} Nr. ${variant + 1}`),
    periods,
    vertetajs: options.vertetajs ?? DEMO_ASSESSOR,
    datums: dateSerial(periods, 12, 1),
  };
  return { meta, ...kindOf(template).demo(template, { rand, variant, periods }) };
}
