import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * What a person does to a template's table, done by LibreOffice itself (a Basic macro in a
 * throw-away profile): unprotect the sheet as a person would (no password), then
 * - `sort`: sort the table's rows by one column, header kept (Excel and LibreOffice move whole rows
 *   and do not rewrite references to the sorted cells);
 * - `insert`: insert blank cells across the table's columns at a row, shifting the rows below down
 *   (Excel's "Insert table rows above": references spanning the row grow);
 * - `delete`: delete the table's cells of one row, shifting the rows below up (references shrink);
 * - `move`: cut the table and paste it `n` rows lower (references follow the moved cells).
 * The edited workbook is recalculated and saved as .xlsx.
 */
export type TableEdit = { op: "sort"; column: number } | { op: "insert" | "delete"; row: number } | { op: "move"; rows: number };

const MACRO = `Sub Edit(inPath As String, outPath As String, op As String, area As String, arg As Long)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), "_blank", 0, load())
  sheet = doc.Sheets.getByIndex(0)
  sheet.unprotect("")
  addr = sheet.getCellRangeByName(area).getRangeAddress()
  Select Case op
  Case "sort"
    Dim fields(0) As New com.sun.star.table.TableSortField
    fields(0).Field = arg
    fields(0).IsAscending = True
    Dim desc(1) As New com.sun.star.beans.PropertyValue
    desc(0).Name = "SortFields" : desc(0).Value = fields()
    desc(1).Name = "ContainsHeader" : desc(1).Value = True
    sheet.getCellRangeByName(area).sort(desc())
  Case "insert"
    Dim ins As New com.sun.star.table.CellRangeAddress
    ins.Sheet = addr.Sheet : ins.StartColumn = addr.StartColumn : ins.EndColumn = addr.EndColumn
    ins.StartRow = arg : ins.EndRow = arg
    sheet.insertCells(ins, com.sun.star.sheet.CellInsertMode.DOWN)
  Case "delete"
    Dim del As New com.sun.star.table.CellRangeAddress
    del.Sheet = addr.Sheet : del.StartColumn = addr.StartColumn : del.EndColumn = addr.EndColumn
    del.StartRow = arg : del.EndRow = arg
    sheet.removeRange(del, com.sun.star.sheet.CellDeleteMode.UP)
  Case "move"
    Dim dest As New com.sun.star.table.CellAddress
    dest.Sheet = addr.Sheet : dest.Column = addr.StartColumn : dest.Row = addr.StartRow + arg
    sheet.moveRange(dest, addr)
  End Select
  doc.calculateAll()
  Dim save(0) As New com.sun.star.beans.PropertyValue
  save(0).Name = "FilterName" : save(0).Value = "Calc MS Excel 2007 XML"
  doc.storeToURL(ConvertToURL(outPath), save())
  doc.close(True)
End Sub
`;

const xmlEsc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const profileArg = (dir: string) => `-env:UserInstallation=file://${dir}`;

/**
 * A LibreOffice user profile whose "My Macros" Standard library holds the macro above. The profile
 * is started once first: its first start copies the default Standard library over anything there.
 */
export function macroProfile(soffice: string): { dir: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-lo-macro-"));
  execFileSync(soffice, [profileArg(dir), "--headless", "--norestore", "--terminate_after_init"], { stdio: "pipe", timeout: 120000 });
  const module = path.join(dir, "user", "basic", "Standard", "Module1.xba");
  if (!fs.existsSync(module)) throw new Error(`LibreOffice did not create its Basic library in ${dir}`);
  fs.writeFileSync(
    module,
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n` +
      `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlEsc(MACRO)}</script:module>`,
  );
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Applies `edit` to the table at `area` (e.g. "A12:G70") of the first sheet of `input`; writes `output`. */
export function editTable(soffice: string, profile: string, input: string, output: string, area: string, edit: TableEdit): void {
  const arg = edit.op === "sort" ? edit.column : edit.op === "move" ? edit.rows : edit.row;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  execFileSync(
    soffice,
    [
      profileArg(profile),
      "--headless",
      "--norestore",
      "--nolockcheck",
      `macro:///Standard.Module1.Edit(${q(input)},${q(output)},${q(edit.op)},${q(area)},${arg})`,
    ],
    { stdio: "pipe", timeout: 180000 },
  );
  if (!fs.existsSync(output)) throw new Error(`LibreOffice did not ${edit.op} the table of ${input}`);
}
