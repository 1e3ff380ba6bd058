/** The .xlsx writer's and reader's public face: the command line, the pane's merge and the tests. */
export { writeWorkbook, type WriteResult, type WrittenSheet } from "./write";
export { readWorkbook, XlsxError, DEFAULT_LIMITS, type WorkbookData, type SheetData, type CellData, type ReadLimits, type XlsxProblem } from "./read";
export { formsOf, findStamp, mayHoldStamp, splitNameRef, type FormsRead, type SheetProblem } from "../../contract/forms";
export { readReturned } from "./returned";
