import { DoubleObject, type Session } from "./base";
import { assertFormattable, assertUnprotected, common, formulaOf, grid, valueOf, writeContents, writeNumberFormat, type FormatPermission } from "./cells";
import { invalidArgument, itemNotFound } from "./errors";
import { ConditionalFormatCollectionDouble } from "./conditionalFormats";
import {
  areaAddress,
  cellAt,
  show,
  contains,
  eachCell,
  parseAddress,
  quoteSheet,
  type Area,
  type BorderState,
  type CellSide,
  type CellState,
  type Scalar,
  type SheetState,
  type ValidationState,
} from "./state";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly area: Area;
}

/** Default Excel sizes (Calibri 11): 8.43 characters = 48 pt wide, 15 pt high. */
const DEFAULT_WIDTH = 48;
const DEFAULT_HEIGHT = 15;

export class RangeDouble extends DoubleObject {
  private formatProxy?: RangeFormatDouble;
  private validationProxy?: DataValidationDouble;
  private formatsProxy?: ConditionalFormatCollectionDouble;

  constructor(
    session: Session,
    path: string,
    readonly locate: () => RangeTarget,
  ) {
    super(session, path);
  }

  protected scalars() {
    const t = () => this.locate();
    return {
      address: () => `${quoteSheet(t().sheet.name)}!${areaAddress(t().area)}`,
      values: () => this.session.calculated?.(t().sheet, t().area) ?? grid(t().sheet, t().area, valueOf),
      formulas: () => grid(t().sheet, t().area, formulaOf),
      numberFormat: () => grid(t().sheet, t().area, (c) => c?.numberFormat ?? "General"),
      rowIndex: () => t().area.r1 - 1,
      columnIndex: () => t().area.c1 - 1,
      rowCount: () => t().area.r2 - t().area.r1 + 1,
      columnCount: () => t().area.c2 - t().area.c1 + 1,
    };
  }

  protected override child(name: string): DoubleObject | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get values(): Scalar[][] {
    return this.loaded("values");
  }
  set values(v: Scalar[][]) {
    this.queue("set values", v, "1.1", () => writeContents(this.locate().sheet, this.locate().area, v));
  }
  get formulas(): Scalar[][] {
    return this.loaded("formulas");
  }
  set formulas(v: Scalar[][]) {
    this.queue("set formulas", v, "1.1", () => writeContents(this.locate().sheet, this.locate().area, v));
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queue("set numberFormat", v, "1.1", () => writeNumberFormat(this.locate().sheet, this.locate().area, v));
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }

  get format(): RangeFormatDouble {
    return (this.formatProxy ??= new RangeFormatDouble(this.session, `${this.path}.format`, this.locate));
  }
  get dataValidation(): DataValidationDouble {
    return (this.validationProxy ??= new DataValidationDouble(this.session, `${this.path}.dataValidation`, this.locate));
  }
  get conditionalFormats(): ConditionalFormatCollectionDouble {
    return (this.formatsProxy ??= new ConditionalFormatCollectionDouble(this.session, `${this.path}.conditionalFormats`, this.locate));
  }

  /** The smallest range holding this one and `other` (a Range, or an address on the same sheet). */
  getBoundingRect(other: RangeDouble | string): RangeDouble {
    const label = typeof other === "string" ? other : other.path;
    return new RangeDouble(this.session, `${this.path}.getBoundingRect(${label})`, () => {
      const a = this.locate();
      const b = typeof other === "string" ? { sheet: a.sheet, area: parseAddress(other).area } : other.locate();
      if (b.sheet !== a.sheet) throw invalidArgument("getBoundingRect of ranges on different sheets");
      const area = {
        r1: Math.min(a.area.r1, b.area.r1),
        c1: Math.min(a.area.c1, b.area.c1),
        r2: Math.max(a.area.r2, b.area.r2),
        c2: Math.max(a.area.c2, b.area.c2),
      };
      return { sheet: a.sheet, area };
    });
  }

  /**
   * The cells this range shares with `other` (Range.getIntersection, ExcelApi 1.1; documented:
   * "If no intersection is found, will throw an ItemNotFound error").
   */
  getIntersection(other: RangeDouble | string): RangeDouble {
    const label = typeof other === "string" ? other : other.path;
    return new RangeDouble(this.session, `${this.path}.getIntersection(${label})`, () => {
      const a = this.locate();
      const b = typeof other === "string" ? { sheet: a.sheet, area: parseAddress(other).area } : other.locate();
      const area = {
        r1: Math.max(a.area.r1, b.area.r1),
        c1: Math.max(a.area.c1, b.area.c1),
        r2: Math.min(a.area.r2, b.area.r2),
        c2: Math.min(a.area.c2, b.area.c2),
      };
      if (b.sheet !== a.sheet || area.r1 > area.r2 || area.c1 > area.c2) throw itemNotFound(`the intersection of ${this.path} and ${label}`);
      return { sheet: a.sheet, area };
    });
  }

  /** The cell at 0-based `row`, `column` of this range. */
  getCell(row: number, column: number): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getCell(${row},${column})`, () => {
      const { sheet, area } = this.locate();
      const r = area.r1 + row;
      const c = area.c1 + column;
      return { sheet, area: { r1: r, c1: c, r2: r, c2: c } };
    });
  }

  /** Excel recalculates the range; the double computes on every read, so there is nothing to do. */
  calculate(): void {
    this.queue("calculate", null, "1.6");
  }

  select(): void {
    this.queue("select", null, "1.1", () => {
      const { sheet, area } = this.locate();
      show(this.session.book, sheet);
      this.session.book.selection = { sheet, area };
    });
  }
}

/** Sets one formatting property on every cell of a range, if the sheet's protection allows it. */
function formatCells(locate: () => RangeTarget, key: keyof CellState, value: unknown, permission: FormatPermission = "allowFormatCells"): () => void {
  return () => {
    const { sheet, area } = locate();
    assertFormattable(sheet, permission);
    for (const [r, c] of eachCell(area)) (cellAt(sheet, r, c) as Record<string, unknown>)[key] = value;
  };
}

abstract class CellFormatPart extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    protected readonly locate: () => RangeTarget,
  ) {
    super(session, path);
  }
  protected shared<K extends keyof CellState>(key: K, fallback: CellState[K] | null = null) {
    return () => common(this.locate().sheet, this.locate().area, (c) => c?.[key] ?? fallback);
  }
  protected put(action: string, key: keyof CellState, value: unknown, permission?: FormatPermission): void {
    this.queue(action, value, "1.1", formatCells(this.locate, key, value, permission));
  }
}

export class RangeFormatDouble extends CellFormatPart {
  readonly borders = new RangeBorderCollectionDouble(this.session, `${this.path}.borders`, this.locate);
  readonly fill = new RangeFillDouble(this.session, `${this.path}.fill`, this.locate);
  readonly font = new RangeFontDouble(this.session, `${this.path}.font`, this.locate);
  readonly protection = new FormatProtectionDouble(this.session, `${this.path}.protection`, this.locate);

  protected scalars() {
    return {
      wrapText: this.shared("wrap", false),
      verticalAlignment: this.shared("verticalAlignment", "Bottom"),
      columnWidth: () => this.locate().sheet.columnWidths.get(this.locate().area.c1) ?? DEFAULT_WIDTH,
      rowHeight: () => this.locate().sheet.rowHeights.get(this.locate().area.r1) ?? DEFAULT_HEIGHT,
    };
  }
  protected override child(name: string): DoubleObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : name === "protection" ? this.protection : undefined;
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(v: boolean) {
    this.put("set wrapText", "wrap", v);
  }
  set verticalAlignment(v: string) {
    this.put("set verticalAlignment", "verticalAlignment", v);
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(v: number) {
    this.queue("set columnWidth", v, "1.2", () => {
      const { sheet, area } = this.locate();
      assertFormattable(sheet, "allowFormatColumns");
      for (let c = area.c1; c <= area.c2; c++) sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(v: number) {
    this.queue("set rowHeight", v, "1.2", () => {
      const { sheet, area } = this.locate();
      assertFormattable(sheet, "allowFormatRows");
      for (let r = area.r1; r <= area.r2; r++) sheet.rowHeights.set(r, v);
    });
  }
}

/** Which side of which cells of an area an Excel.BorderIndex draws. */
const EDGES: Readonly<Record<string, (a: Area) => [Area, CellSide][]>> = {
  EdgeTop: (a) => [[{ ...a, r2: a.r1 }, "top"]],
  EdgeBottom: (a) => [[{ ...a, r1: a.r2 }, "bottom"]],
  EdgeLeft: (a) => [[{ ...a, c2: a.c1 }, "left"]],
  EdgeRight: (a) => [[{ ...a, c1: a.c2 }, "right"]],
  // A line between two cells is the bottom of one and the top of the other.
  InsideHorizontal: (a) =>
    a.r2 > a.r1
      ? [
          [{ ...a, r2: a.r2 - 1 }, "bottom"],
          [{ ...a, r1: a.r1 + 1 }, "top"],
        ]
      : [],
  InsideVertical: (a) =>
    a.c2 > a.c1
      ? [
          [{ ...a, c2: a.c2 - 1 }, "right"],
          [{ ...a, c1: a.c1 + 1 }, "left"],
        ]
      : [],
};

export class RangeBorderCollectionDouble extends CellFormatPart {
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  getItem(index: string): RangeBorderDouble {
    if (!EDGES[index]) throw invalidArgument(`border index ${index}`);
    return new RangeBorderDouble(this.session, `${this.path}.getItem(${index})`, this.locate, index);
  }
}

export class RangeBorderDouble extends CellFormatPart {
  constructor(
    session: Session,
    path: string,
    locate: () => RangeTarget,
    private readonly index: string,
  ) {
    super(session, path, locate);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  private set(key: keyof BorderState, value: string): void {
    this.queue(`set ${key}`, value, "1.1", () => {
      const { sheet, area } = this.locate();
      assertFormattable(sheet, "allowFormatCells");
      for (const [part, side] of EDGES[this.index](area))
        for (const [r, c] of eachCell(part)) {
          const cell = cellAt(sheet, r, c);
          const borders = (cell.borders ??= {});
          borders[side] = { ...borders[side], [key]: value };
        }
    });
  }
  set style(v: string) {
    this.set("style", v);
  }
  set weight(v: string) {
    this.set("weight", v);
  }
  set color(v: string) {
    this.set("color", v.toUpperCase());
  }
}

export class RangeFillDouble extends CellFormatPart {
  protected scalars() {
    return { color: this.shared("fill") };
  }
  get color(): string | null {
    return this.loaded("color");
  }
  set color(v: string) {
    this.put("set fill.color", "fill", v.toUpperCase());
  }
  clear(): void {
    this.put("fill.clear", "fill", undefined);
  }
}

export class RangeFontDouble extends CellFormatPart {
  protected scalars() {
    return {
      bold: this.shared("bold", false),
      italic: this.shared("italic", false),
      color: this.shared("fontColor", "#000000"),
      size: this.shared("size", 11),
    };
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(v: boolean) {
    this.put("set font.bold", "bold", v);
  }
  set italic(v: boolean) {
    this.put("set font.italic", "italic", v);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.put("set font.color", "fontColor", v.toUpperCase());
  }
  set size(v: number) {
    this.put("set font.size", "size", v);
  }
}

export class FormatProtectionDouble extends CellFormatPart {
  protected scalars() {
    return { locked: this.shared("locked", true) };
  }
  get locked(): boolean | null {
    return this.loaded("locked");
  }
  set locked(v: boolean) {
    this.queue("set protection.locked", v, "1.2", () => {
      const { sheet, area } = this.locate();
      assertUnprotected(sheet, "locking cells");
      for (const [r, c] of eachCell(area)) cellAt(sheet, r, c).locked = v;
    });
  }
}

export class DataValidationDouble extends CellFormatPart {
  protected scalars() {
    const found = () => this.own(false);
    return { rule: () => found()?.rule ?? {}, errorAlert: () => found()?.errorAlert ?? null, ignoreBlanks: () => found()?.ignoreBlanks ?? true };
  }
  /** The validation of exactly this range: setting a rule replaces those inside it. */
  private own(create = true) {
    const { sheet, area } = this.locate();
    const same = sheet.validations.find((v) => areaAddress(v.area) === areaAddress(area));
    if (same || !create) return same;
    for (let i = sheet.validations.length - 1; i >= 0; i--) if (contains(area, sheet.validations[i].area)) sheet.validations.splice(i, 1);
    const v: ValidationState = { area };
    sheet.validations.push(v);
    return v;
  }
  private change(action: string, value: unknown, f: (v: NonNullable<ReturnType<DataValidationDouble["own"]>>) => void): void {
    this.queue(action, value, "1.8", () => {
      assertUnprotected(this.locate().sheet, "data validation");
      f(this.own()!);
    });
  }
  get rule(): Excel.DataValidationRule {
    return this.loaded("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.change("set rule", v, (e) => (e.rule = structuredCloneish(v)));
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.change("set errorAlert", v, (e) => (e.errorAlert = { ...v }));
  }
  set ignoreBlanks(v: boolean) {
    this.change("set ignoreBlanks", v, (e) => (e.ignoreBlanks = v));
  }
  clear(): void {
    this.queue("clear", null, "1.8", () => {
      const { sheet, area } = this.locate();
      for (let i = sheet.validations.length - 1; i >= 0; i--) if (contains(area, sheet.validations[i].area)) sheet.validations.splice(i, 1);
    });
  }
}

/** A rule as plain data (a Range given as a list source travels as its address). */
function structuredCloneish(rule: Excel.DataValidationRule): Excel.DataValidationRule {
  return JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
}
