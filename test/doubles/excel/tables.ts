import { DoubleCollection, DoubleObject, Slot, type Session } from "./base";
import { assertUnprotected, valueOf } from "./cells";
import { DoubleError, invalidArgument, itemNotFound } from "./errors";
import { RangeDouble } from "./range";
import { activeOf, cellAt, overlaps, parseAddress, peekCell, type SheetState, type TableState } from "./state";
import { WorksheetDouble } from "./worksheet";

/** Table names: a letter, "_" or "\" first; letters, digits, "_" and "." after; no clash with any name. */
function checkTableName(session: Session, name: string, except?: TableState): void {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255) throw invalidArgument(`table name "${name}"`);
  const lower = name.toLowerCase();
  const { tables, names } = session.book;
  if (tables.some((t) => t !== except && t.name.toLowerCase() === lower) || names.some((n) => !n.scopeSheet && n.name.toLowerCase() === lower))
    throw new DoubleError("ItemAlreadyExists", `A table or name "${name}" already exists`);
}

/** The header texts of a table, from its first row. */
export function headersOf(table: TableState): string[] {
  const { area, sheet } = table;
  const out: string[] = [];
  for (let c = area.c1; c <= area.c2; c++) out.push(String(valueOf(peekCell(sheet, area.r1, c))));
  return out;
}

/** The workbook's tables, or one sheet's (`sheet` given). */
export class TableCollectionDouble extends DoubleCollection<TableDouble> {
  constructor(
    session: Session,
    path: string,
    private readonly sheet?: () => SheetState,
  ) {
    super(session, path);
  }

  private list(): TableState[] {
    const sheet = this.sheet?.();
    return this.session.book.tables.filter((t) => !sheet || t.sheet === sheet);
  }

  protected members(): TableDouble[] {
    return this.list().map((t) => new TableDouble(this.session, `tables[${t.id}]`, () => t));
  }

  add(address: string | RangeDouble, hasHeaders: boolean): TableDouble {
    const slot = new Slot<TableState>("table");
    this.queue("add", { address, hasHeaders }, "1.1", () => {
      const book = this.session.book;
      const target = typeof address === "string" ? this.resolve(address) : address.locate();
      assertUnprotected(target.sheet, "adding a table");
      if (book.tables.some((t) => t.sheet === target.sheet && overlaps(t.area, target.area))) throw invalidArgument("a table cannot overlap another table");
      const { area, sheet } = target;
      if (!hasHeaders) throw invalidArgument("the double only models tables whose first row holds the headers");
      for (let c = area.c1; c <= area.c2; c++) {
        const cell = cellAt(sheet, area.r1, c);
        // Excel names a blank header "Column1"…, and keeps headers as text.
        if (cell.value === undefined || cell.value === "" || cell.formula) {
          cell.value = `Column${c - area.c1 + 1}`;
          delete cell.formula;
        } else cell.value = String(cell.value);
      }
      const id = String(book.nextId++);
      let n = book.tables.length + 1;
      while (book.tables.some((t) => t.name === `Table${n}`)) n++;
      book.tables.push(slot.set({ id, name: `Table${n}`, sheet, area }));
    });
    return new TableDouble(this.session, `${this.path}.add()`, () => slot.get());
  }

  getItem(name: string): TableDouble {
    return new TableDouble(this.session, `${this.path}.getItem(${name})`, () => this.find(name) ?? fail(`table "${name}"`));
  }

  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(
      this.session,
      `${this.path}.getItemOrNullObject(${name})`,
      () => this.find(name) ?? fail(`table "${name}"`),
      () => !!this.find(name),
    );
  }

  private find(name: string): TableState | undefined {
    return this.list().find((t) => t.name.toLowerCase() === name.toLowerCase() || t.id === name);
  }

  /**
   * "If the address does not contain a sheet name, the currently-active sheet is used"
   * (TableCollection.add) — on a worksheet's own collection too, where the table then lands on
   * another sheet than the one asked: an add-in passes that sheet's Range.
   */
  private resolve(address: string) {
    const parsed = parseAddress(address);
    const book = this.session.book;
    const sheet = parsed.sheet === undefined ? activeOf(book) : book.sheets.find((s) => s.name === parsed.sheet);
    if (!sheet) throw invalidArgument(`table address ${address}`);
    return { sheet, area: parsed.area };
  }
}

function fail(what: string): never {
  throw itemNotFound(what);
}

export class TableDouble extends DoubleObject {
  readonly columns: TableColumnCollectionDouble;

  constructor(
    session: Session,
    path: string,
    readonly table: () => TableState,
    private readonly present: () => boolean = () => true,
  ) {
    super(session, path);
    this.columns = new TableColumnCollectionDouble(session, `${path}.columns`, table);
  }

  protected override exists(): boolean {
    return this.present();
  }
  protected scalars() {
    return { name: () => this.table().name, id: () => this.table().id, style: () => this.table().style ?? "TableStyleMedium2" };
  }
  protected override child(name: string): DoubleObject | undefined {
    if (name === "columns") return this.columns;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queue("set name", v, "1.1", () => {
      checkTableName(this.session, v, this.table());
      this.table().name = v;
    });
  }
  set style(v: string) {
    this.queue("set style", v, "1.1", () => void (this.table().style = v));
  }
  private sheetProxy?: WorksheetDouble;
  get worksheet(): WorksheetDouble {
    return (this.sheetProxy ??= new WorksheetDouble(this.session, `${this.path}.worksheet`, () => this.table().sheet));
  }
  getRange(): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getRange()`, () => ({ sheet: this.table().sheet, area: this.table().area }));
  }
  getHeaderRowRange(): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getHeaderRowRange()`, () => {
      const { sheet, area } = this.table();
      return { sheet, area: { ...area, r2: area.r1 } };
    });
  }
  getDataBodyRange(): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getDataBodyRange()`, () => {
      const { sheet, area } = this.table();
      return { sheet, area: { ...area, r1: area.r1 + 1 } };
    });
  }
}

export class TableColumnCollectionDouble extends DoubleCollection<TableColumnDouble> {
  constructor(
    session: Session,
    path: string,
    private readonly table: () => TableState,
  ) {
    super(session, path);
  }
  protected members(): TableColumnDouble[] {
    const t = this.table();
    return headersOf(t).map((_, i) => new TableColumnDouble(this.session, `${this.path}[${i}]`, t, i));
  }
}

export class TableColumnDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly table: TableState,
    private readonly index: number,
  ) {
    super(session, path);
  }
  protected scalars() {
    const col = this.table.area.c1 + this.index;
    return {
      name: () => headersOf(this.table)[this.index],
      index: () => this.index,
      values: () => {
        const out: (string | number | boolean)[][] = [];
        for (let r = this.table.area.r1; r <= this.table.area.r2; r++) out.push([valueOf(peekCell(this.table.sheet, r, col))]);
        return out;
      },
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  get values(): (string | number | boolean)[][] {
    return this.loaded("values");
  }
}
