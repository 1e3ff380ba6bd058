/** Types of scripts/version-bump.js, for the tests. */
export function nextVersion(current: string, what?: string): string;
export function withManifestVersion(xml: string, version: string): string;
export function bump(root: string, what?: string): string;
