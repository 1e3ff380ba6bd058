/** Types of scripts/manifest.js, for the tests. */
export const DEV_URL: string;
export const DEV_ID: string;
export const PRODUCTION_ID: string;
export const DEFAULT_PROVIDER: string;
export const HOW_TO_GIVE_URL: string;
export class BuildUsageError extends Error {}
export interface Identity {
  id: string;
  provider: string;
}
export function baseUrl(env: { KVALITATE_URL?: string }, production: boolean): string;
export function productionIdentity(env: { KVALITATE_PROVIDER?: string }): Identity;
export function manifestFor(xml: string, base: string, identity?: Identity): string;
export function manifestVersion(packageVersion: string): string;
