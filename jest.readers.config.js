/** The reader suite: our files read by ExcelJS, SheetJS, Gnumeric and openpyxl/pandas (issue 15). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test/readers"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 240000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
