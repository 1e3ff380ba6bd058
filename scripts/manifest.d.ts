/** Types of scripts/manifest.js, for the tests. */
export const DEV_URL: string;
export const HOW_TO_GIVE_URL: string;
export function baseUrl(env: { KVALITATE_URL?: string }, production: boolean): string;
export function manifestFor(xml: string, base: string): string;
export function manifestVersion(packageVersion: string): string;
