import * as fs from "fs";
import * as path from "path";

/** The seed texts, copied into the repository (test/fixtures/sources/README.md says from where). */
export const SEEDS_DIR = path.resolve(__dirname, "..", "fixtures", "sources", "seeds");

/**
 * The seed's text as the catalog is allowed to quote it: markup removed (markdown bold and links,
 * <p>/<i> tags, ✓ and • bullets), whitespace (newlines and tabs included) folded to one space.
 */
export function normalisedSeed(file: string): string {
  return normalise(fs.readFileSync(path.join(SEEDS_DIR, file), "utf8"));
}

export function normalise(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, "$1")
    .replace(/<\/?(p|br)\s*\/?>/gi, " ")
    .replace(/<\/?(i|b)>/gi, "")
    .replace(/\*\*/g, "")
    .replace(/[✓•]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `text` (whitespace-normalised) stands verbatim in the seed file. */
export function inSeed(text: string, file: string): boolean {
  return normalisedSeed(file).includes(normalise(text));
}
