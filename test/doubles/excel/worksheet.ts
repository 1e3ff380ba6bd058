import { DoubleCollection, DoubleObject, Slot, type Session } from "./base";
import { ChartCollectionDouble } from "./charts";
import { cannotPerform, invalidArgument, itemNotFound, DoubleError } from "./errors";
import { NamedItemCollectionDouble } from "./names";
import { RangeDouble } from "./range";
import { activeOf, newSheet, parseAddress, show, shownOf, type SheetState, type WorkbookState } from "./state";
import { TableCollectionDouble } from "./tables";

/** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no leading or trailing apostrophe. */
export function checkSheetName(name: string, sheets: readonly SheetState[], except?: SheetState): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw invalidArgument(`sheet name "${name}"`);
  const lower = name.toLocaleLowerCase();
  if (sheets.some((s) => s !== except && s.name.toLocaleLowerCase() === lower))
    throw new DoubleError("ItemAlreadyExists", `A sheet named "${name}" already exists`);
}

/**
 * A protected workbook structure refuses adding, deleting, renaming and moving sheets (Excel's
 * "Protect Workbook"; `workbook.protection`, ExcelApi 1.7). The error code is not documented; the
 * double answers AccessDenied, and the add-in does not depend on it: it reads
 * `workbook.protection.protected` first and changes nothing.
 */
export function assertStructureEditable(book: WorkbookState, what: string): void {
  if (book.protection.protected) throw cannotPerform(`the workbook's structure is protected (${what})`);
}

export class WorksheetCollectionDouble extends DoubleCollection<WorksheetDouble> {
  protected members(): WorksheetDouble[] {
    return this.session.book.sheets.map((s) => new WorksheetDouble(this.session, `sheets[${s.id}]`, () => s));
  }

  add(name?: string): WorksheetDouble {
    const slot = new Slot<SheetState>(`sheet ${name}`);
    this.queue("add", name ?? null, "1.1", () => {
      const book = this.session.book;
      const chosen = name ?? `Sheet${book.sheets.length + 1}`;
      assertStructureEditable(book, `adding ${chosen}`);
      checkSheetName(chosen, book.sheets);
      slot.set(newSheet(book, chosen));
    });
    return new WorksheetDouble(this.session, `${this.path}.add(${name ?? ""})`, () => slot.get());
  }

  getItem(key: string): WorksheetDouble {
    return new WorksheetDouble(this.session, `${this.path}.getItem(${key})`, () => this.find(key) ?? failNotFound(`sheet "${key}"`));
  }

  getItemOrNullObject(key: string): WorksheetDouble {
    return new WorksheetDouble(this.session, `${this.path}.getItemOrNullObject(${key})`, () => this.find(key), "1.4");
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this.session, `${this.path}.getActiveWorksheet()`, () => activeOf(this.session.book));
  }

  private find(key: string): SheetState | undefined {
    const lower = key.toLocaleLowerCase();
    return this.session.book.sheets.find((s) => s.id === key || s.name.toLocaleLowerCase() === lower);
  }
}

function failNotFound(what: string): never {
  throw itemNotFound(what);
}

export class WorksheetDouble extends DoubleObject {
  readonly protection: WorksheetProtectionDouble;
  readonly freezePanes: FreezePanesDouble;
  readonly pageLayout: PageLayoutDouble;
  readonly tables: TableCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly charts: ChartCollectionDouble;

  /** `find` may return undefined only for a *OrNullObject proxy. */
  constructor(
    session: Session,
    path: string,
    private readonly find: () => SheetState | undefined,
    private readonly nullableSet?: string,
  ) {
    super(session, path);
    const sheet = () => this.sheet();
    this.protection = new WorksheetProtectionDouble(session, `${path}.protection`, sheet);
    this.freezePanes = new FreezePanesDouble(session, `${path}.freezePanes`, sheet);
    this.pageLayout = new PageLayoutDouble(session, `${path}.pageLayout`, sheet);
    this.tables = new TableCollectionDouble(session, `${path}.tables`, sheet);
    this.names = new NamedItemCollectionDouble(session, `${path}.names`, sheet);
    this.charts = new ChartCollectionDouble(session, `${path}.charts`, sheet);
  }

  sheet(): SheetState {
    return this.find() ?? failNotFound(this.path);
  }

  protected override exists(): boolean {
    return this.nullableSet === undefined || this.find() !== undefined;
  }

  protected scalars() {
    return {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      position: () => this.session.book.sheets.indexOf(this.sheet()),
    };
  }

  protected override child(name: string): DoubleObject | undefined {
    return name === "tables" ? this.tables : name === "protection" ? this.protection : name === "charts" ? this.charts : undefined;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queue("set name", v, "1.1", () => {
      assertStructureEditable(this.session.book, `renaming ${this.sheet().name}`);
      checkSheetName(v, this.session.book.sheets, this.sheet());
      this.sheet().name = v;
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  /** Moves the sheet to 0-based `v` in the tab order. */
  set position(v: number) {
    this.queue("set position", v, "1.1", () => {
      const { sheets } = this.session.book;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalidArgument(`position ${v}`);
      assertStructureEditable(this.session.book, `moving ${this.sheet().name}`);
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(v, 0, sheet);
    });
  }

  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getRange(${address ?? ""})`, () => {
      const sheet = this.sheet();
      const parsed = parseAddress(address ?? "A:XFD");
      if (parsed.sheet !== undefined && parsed.sheet !== sheet.name) throw invalidArgument(`address ${address} on sheet ${sheet.name}`);
      return { sheet, area: parsed.area };
    });
  }

  /** From the first to the last cell that holds anything (a value, a formula, a format); A1 when none. */
  getUsedRange(): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getUsedRange()`, () => {
      const sheet = this.sheet();
      const area = { r1: Infinity, c1: Infinity, r2: 1, c2: 1 };
      for (const key of sheet.cells.keys()) {
        const [r, c] = key.split(",").map(Number);
        area.r1 = Math.min(area.r1, r);
        area.c1 = Math.min(area.c1, c);
        area.r2 = Math.max(area.r2, r);
        area.c2 = Math.max(area.c2, c);
      }
      return { sheet, area: area.r1 === Infinity ? { r1: 1, c1: 1, r2: 1, c2: 1 } : area };
    });
  }

  /**
   * Deletes the sheet with its tables, charts and sheet-level names. As in Excel, the last sheet
   * cannot go, and workbook-level names that pointed at it stay, as #REF! errors.
   */
  delete(): void {
    this.queue("delete", null, "1.1", () => {
      const book = this.session.book;
      const sheet = this.sheet();
      if (book.sheets.length === 1) throw new DoubleError("InvalidOperation", "a workbook must keep at least one sheet");
      assertStructureEditable(book, `deleting ${sheet.name}`);
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      for (let i = book.tables.length - 1; i >= 0; i--) if (book.tables[i].sheet === sheet) book.tables.splice(i, 1);
      for (let i = book.names.length - 1; i >= 0; i--) if (book.names[i].scopeSheet === sheet) book.names.splice(i, 1);
      if (book.activeSheet === sheet) book.activeSheet = book.sheets[0];
      if (book.shownSheet === sheet) book.shownSheet = undefined;
      if (book.selection?.sheet === sheet) book.selection = undefined;
    });
  }

  /**
   * A sheet the API already calls active is not activated again — after panes were frozen on it
   * while inactive (#3148), the user goes on seeing the other sheet.
   */
  activate(): void {
    this.queue("activate", null, "1.1", () => {
      const sheet = this.sheet();
      const book = this.session.book;
      if (book.activeSheet === undefined || activeOf(book) !== sheet) show(book, sheet);
    });
  }
}

/** Excel.WorksheetProtectionOptions' members (@types/office-js), for #1931's null-filled options. */
const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
] as const;

export class WorksheetProtectionDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(session, path);
  }
  protected scalars() {
    return {
      protected: () => this.sheet().protection.protected,
      options: () => this.loadedOptions(),
      // Documented: "[Api set: ExcelApiOnline 1.1]" — the web's own set. Assumed: a host without it
      // refuses the load with ApiNotFound, as it does a member above its ExcelApi version.
      isPasswordProtected: () => {
        if (this.session.flavour !== "web") throw new DoubleError("ApiNotFound", "WorksheetProtection.isPasswordProtected needs ExcelApiOnline 1.1");
        return this.sheet().protection.password !== undefined;
      },
    };
  }
  /** As set; under office-js #1931, every option the sheet was not given is there as null. */
  private loadedOptions(): Excel.WorksheetProtectionOptions {
    const set = { ...this.sheet().protection.options };
    if (!this.session.has("office-js#1931")) return set;
    const all = Object.fromEntries(PROTECTION_OPTIONS.map((k) => [k, null])) as Record<string, unknown>;
    return { ...all, ...set } as Excel.WorksheetProtectionOptions;
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.loaded("options");
  }
  get isPasswordProtected(): boolean {
    return this.loaded("isPasswordProtected");
  }
  /**
   * Documented: "Fails if the worksheet has already been protected" (WorksheetProtection.protect).
   * Assumed: the code, AccessDenied (the code office-js #6784 reports). Under #1931, options with a
   * null member fail with Excel's internal error.
   */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queue("protect", { options, password: password ? "***" : undefined }, password ? "1.7" : "1.2", () => {
      const s = this.sheet();
      if (s.protection.protected) throw cannotPerform(`${s.name} is protected already`);
      if (this.session.has("office-js#1931") && Object.values(options ?? {}).some((v) => v === null))
        throw new DoubleError("GeneralException", "There was an internal error while processing the request.");
      s.protection = { protected: true, options: { ...(options ?? {}) }, ...(password ? { password } : {}) };
    });
  }
  /**
   * Documented: a sheet protected with a password stays protected unless the same password is given
   * (WorksheetProtection.unprotect, "[Api set: ExcelApi 1.7 for password]"). Assumed: the code of
   * that refusal, AccessDenied (not documented). Assumed: unprotect() on an unprotected sheet does
   * nothing — office-js #6784 reports its failing as a change. Under #6784, both that and unprotect()
   * on a sheet protected without a password are refused with AccessDenied.
   */
  unprotect(password?: string): void {
    this.queue("unprotect", password ? "***" : null, password ? "1.7" : "1.2", () => {
      const s = this.sheet();
      if (this.session.has("office-js#6784") && s.protection.password === undefined) throw cannotPerform(`${s.name} (office-js #6784)`);
      if (!s.protection.protected) return;
      if (s.protection.password !== undefined && s.protection.password !== password) throw cannotPerform(`${s.name} is protected with a password`);
      s.protection = { protected: false, options: {} };
    });
  }
}

export class FreezePanesDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(session, path);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  /**
   * Freezing panes on a sheet that is not active makes the API call that sheet active while the
   * user still sees the other one (office-js #3148): add-ins activate a sheet before freezing it.
   */
  freezeRows(count = 1): void {
    this.queue("freezeRows", count, "1.7", () => {
      const sheet = this.sheet();
      const book = this.session.book;
      if (activeOf(book) !== sheet) {
        book.shownSheet = shownOf(book);
        book.activeSheet = sheet;
      }
      sheet.frozenRows = count;
    });
  }
}

export class PageLayoutDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(session, path);
  }
  /** What Excel has for a sheet never set up: portrait, 100 % (assumed: the defaults of a new workbook). */
  protected scalars(): Record<string, () => unknown> {
    const layout = () => this.sheet().pageLayout;
    return { zoom: () => ({ ...((layout().zoom as object | undefined) ?? { scale: 100 }) }), orientation: () => layout().orientation ?? "Portrait" };
  }
  protected override loadSet(): string {
    return "1.9";
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loaded("zoom");
  }
  private put(key: string, value: unknown, check: () => void = () => undefined): void {
    this.queue(`set ${key}`, value, "1.9", () => {
      check();
      // office-js #1860: fitting to pages is accepted and not applied.
      const fits = key === "zoom" && (value as { scale?: number }).scale === undefined;
      if (fits && this.session.has("office-js#1860")) return;
      this.sheet().pageLayout[key] = value;
    });
  }
  set orientation(v: string) {
    this.put("orientation", v);
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  /** Excel.PageLayoutZoomOptions: fit to pages, or a scale. */
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.put("zoom", { ...v }, () => {
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined))
        throw invalidArgument("zoom: a scale or pages to fit, not both");
    });
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v);
  }
  set topMargin(v: number) {
    this.put("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.put("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.put("footerMargin", v);
  }
  /** `PageLayout.setPrintTitleRows` (ExcelApi 1.9): whole rows, "$1:$1" or a range of them. */
  setPrintTitleRows(rows: RangeDouble | string): void {
    this.queue("setPrintTitleRows", rows, "1.9", () => {
      const area = typeof rows === "string" ? wholeRows(rows) : rows.locate().area;
      this.sheet().printTitleRows = { first: area.r1, last: area.r2 };
    });
  }
  setPrintArea(area: RangeDouble | string): void {
    this.queue("setPrintArea", area, "1.9", () => {
      this.sheet().printArea = typeof area === "string" ? parseAddress(area).area : area.locate().area;
    });
  }
}

/** "$1:$2" → rows 1 to 2; Excel refuses anything but whole rows here. */
function wholeRows(address: string): { r1: number; r2: number } {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`InvalidArgument: ${address} is not whole rows`);
  return { r1: Number(m[1]), r2: Number(m[2]) };
}
