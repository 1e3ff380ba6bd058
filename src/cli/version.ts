import * as fs from "fs";
import * as path from "path";

/**
 * Two folders up from this file, whether it runs as dist-cli/cli/version.js (built, or installed
 * with the package) or as src/cli/version.ts (tests).
 */
export const PACKAGE_JSON = path.join(__dirname, "..", "..", "package.json");

/** The package's version from its own package.json; undefined when that cannot be read. */
export function packageVersion(): string | undefined {
  try {
    const pkg = JSON.parse(fs.readFileSync(PACKAGE_JSON, "utf8")) as { name?: unknown; version?: unknown };
    return pkg.name === "kvalitate" && typeof pkg.version === "string" ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}
