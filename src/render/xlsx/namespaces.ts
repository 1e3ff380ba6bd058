/** The XML declaration and the OOXML namespaces the writer's parts are made with, spelled once. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** SpreadsheetML: workbook, worksheets, tables, shared strings. */
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The `r:` namespace, and the stem of every part relationship's Type. */
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** DrawingML (`a:`), its charts (`c:`) and the sheet's drawing anchors (`xdr:`). */
export const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
