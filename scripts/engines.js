/**
 * Whether package.json's `engines.node` promises only Node versions that every installed package
 * accepts: npm ci warns EBADENGINE for each package whose own `engines` refuses the running Node, so
 * a promise wider than the tree's is a warning on a newcomer's first command. Each alternative of
 * the range (`^20.19.0 || ^22.13.0 || >=24`) is checked at its lowest version, where a newer
 * dependency's floor bites first.
 */
const semver = require("semver");

/** The lowest version of each `||` alternative of `range`. */
function floors(range) {
  return range.split("||").map((part) => semver.minVersion(part.trim()).version);
}

/** "package: needs X, not Y" for each package of the lock whose engines refuse a floor of the project's range. */
function enginesProblems(pkg, lock) {
  const promised = pkg.engines && pkg.engines.node;
  if (!promised) return ["package.json has no engines.node"];
  const problems = [];
  for (const [where, entry] of Object.entries(lock.packages || {})) {
    const needs = where && entry.engines && entry.engines.node;
    if (!needs) continue;
    for (const version of floors(promised)) {
      if (!semver.satisfies(version, needs)) problems.push(`${where.replace(/^.*node_modules\//, "")}@${entry.version} needs Node ${needs}, not ${version}`);
    }
  }
  return problems;
}

module.exports = { floors, enginesProblems };
