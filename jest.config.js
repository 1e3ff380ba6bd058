/** Unit and integration suites: pure core, plan, renderers against test doubles, command line. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/engine/", "/test/e2e/", "/test/readers/"],
  // Suites that read zip bombs and thousands of mutated workbooks leave a worker large; a test that then
  // spawns the command line from that worker can be refused by the kernel (spawnSync ENOMEM, seen
  // here). A worker past 1 GB is replaced between test files.
  workerIdleMemoryLimit: "1GB",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
