/** The spreadsheet-engine suite: workbooks recalculated by LibreOffice, compared with the core. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test/engine"],
  testMatch: ["**/*.engine.test.ts"],
  testTimeout: 240000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
