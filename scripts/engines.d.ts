/** Types of scripts/engines.js, for the tests. */
export function floors(range: string): string[];
export function enginesProblems(
  pkg: { engines?: { node?: string } },
  lock: { packages?: Record<string, { version?: string; engines?: { node?: string } }> },
): string[];
