/** Types of scripts/pack-cli.js, for the tests. */
export const CLI_DEPENDENCIES: string[];
export function cliManifest(
  pkg: Record<string, unknown> & { dependencies?: Record<string, string> },
): Record<string, unknown> & { dependencies: Record<string, string> };
export function requiredPackages(dir: string): string[];
