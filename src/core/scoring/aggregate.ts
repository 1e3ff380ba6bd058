import { mean } from "./arithmetic";

/**
 * Across services (a municipality, the ministry's merge) the same rule as inside one form: the
 * overall is the mean of the providers' overall scores (a mean of means), never a pooled mean of
 * all items, so a provider with many applicable items does not weigh more.
 */
export function overallAcross(overalls: readonly (number | undefined)[]): number | undefined {
  return mean(overalls.filter((o): o is number => o !== undefined));
}
