export * from "./types";
export * from "./a1";
export { buildSheetPlan, tableName, LAYOUT, type BuildOptions } from "./buildSheet";
export * from "./sheetNames";
export * from "./mergeSheets";
export * from "./charts";
export * from "./resultSheets";
export * from "./looks";
export { SHEET_PROTECTION } from "./layout";
