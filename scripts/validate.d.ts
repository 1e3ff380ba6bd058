/** Types of scripts/validate.js, for the tests. */
export function validate(env?: { KVALITATE_URL?: string; KVALITATE_PROVIDER?: string }, log?: (line: string) => void): string[];
