/** The Office.js renderer: the only place besides src/commands where Office.js is called. */
export { insertSheet, type InsertedSheet } from "./insertSheet";
export { readForms, type ExcelFormsRead, type FormLocation, type ReadOptions } from "./readForms";
export { markSteps } from "./marks";
export { createOfficeHost, type ExcelRun, type OfficeHostOptions } from "./officeHost";
export { excelApiSupported, MIN_EXCEL_API } from "./requirements";
export { writeOwnedSheets, queueTakenNames, type OwnedWrite, type OwnedWriteOptions, type TakenNames } from "./ownedSheets";
export { buildResults } from "./results";
