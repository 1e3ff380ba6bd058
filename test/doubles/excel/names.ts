import { DoubleCollection, DoubleObject, Slot, type Session } from "./base";
import { DoubleError, invalidArgument, itemNotFound } from "./errors";
import { RangeDouble } from "./range";
import { areaAddress, parseAddress, quoteSheet, type NameState, type SheetState } from "./state";

/**
 * Defined names: the workbook's (`workbook.names`) and a sheet's (`worksheet.names`), ExcelApi 1.4.
 * Only names of ranges are modelled, which is all the contract uses.
 */
export class NamedItemCollectionDouble extends DoubleCollection<NamedItemDouble> {
  /** `scope` undefined: the workbook's names. */
  constructor(
    session: Session,
    path: string,
    private readonly scope?: () => SheetState,
  ) {
    super(session, path);
  }

  private list(): NameState[] {
    const sheet = this.scope?.();
    return this.session.book.names.filter((n) => n.scopeSheet === sheet);
  }

  /**
   * What `items` holds. Documented (office-js #1011, Excel on the web): a worksheet's names also list
   * the workbook-level names. Assumed: that those then say `scope: "Worksheet"` — #1011 does not say
   * what their scope reads, so the double plays the case in which it cannot be trusted.
   */
  private listed(): NameState[] {
    if (!this.scope || this.session.flavour !== "web") return this.list();
    const own = new Set(this.list());
    return this.session.book.names.filter((n) => own.has(n) || n.scopeSheet === undefined);
  }

  protected members(): NamedItemDouble[] {
    const listedBySheet = this.scope !== undefined;
    return this.listed().map(
      (n, i) =>
        new NamedItemDouble(
          this.session,
          `${this.path}[${i}]`,
          () => n,
          () => true,
          listedBySheet,
        ),
    );
  }

  add(name: string, reference: RangeDouble | string, comment?: string): NamedItemDouble {
    const slot = new Slot<NameState>(`name ${name}`);
    this.queue("add", { name, reference, comment }, "1.4", () => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name)) throw invalidArgument(`name "${name}"`);
      if (this.list().some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new DoubleError("ItemAlreadyExists", `The name "${name}" already exists in this scope`);
      const target = typeof reference === "string" ? this.resolve(reference) : reference.locate();
      const scopeSheet = this.scope?.();
      this.session.book.names.push(slot.set({ name, sheet: target.sheet, area: target.area, scopeSheet }));
    });
    return new NamedItemDouble(this.session, `${this.path}.add(${name})`, () => slot.get());
  }

  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.session, `${this.path}.getItem(${name})`, () => this.find(name) ?? fail(name));
  }

  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(
      this.session,
      `${this.path}.getItemOrNullObject(${name})`,
      () => this.find(name) ?? fail(name),
      () => !!this.find(name),
    );
  }

  private find(name: string): NameState | undefined {
    return this.list().find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  private resolve(reference: string) {
    const parsed = parseAddress(reference.replace(/^=/, ""));
    const sheet = parsed.sheet === undefined ? this.scope?.() : this.session.book.sheets.find((s) => s.name === parsed.sheet);
    if (!sheet) throw invalidArgument(`reference ${reference}`);
    return { sheet, area: parsed.area };
  }
}

function fail(name: string): never {
  throw itemNotFound(`name "${name}"`);
}

export class NamedItemDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly item: () => NameState,
    private readonly present: () => boolean = () => true,
    /** Listed by a worksheet's collection: on the web its scope then reads "Worksheet" (see listed()). */
    private readonly listedBySheet = false,
  ) {
    super(session, path);
  }
  protected override exists(): boolean {
    return this.present();
  }
  private reference(): string {
    const n = this.item();
    return `${quoteSheet(n.sheet.name)}!${areaAddress(n.area, true)}`;
  }
  /** A name whose sheet was deleted is Excel's #REF! error name. */
  private broken(): boolean {
    return !this.session.book.sheets.includes(this.item().sheet);
  }
  protected scalars() {
    return {
      name: () => this.item().name,
      type: () => (this.broken() ? "Error" : "Range"),
      formula: () => (this.broken() ? "=#REF!" : `=${this.reference()}`),
      value: () => (this.broken() ? "#REF!" : this.reference()),
      scope: () => (this.item().scopeSheet || (this.listedBySheet && this.session.flavour === "web") ? "Worksheet" : "Workbook"),
      visible: () => true,
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get scope(): string {
    return this.loaded("scope");
  }
  delete(): void {
    this.queue("delete", null, "1.4", () => {
      const names = this.session.book.names;
      const at = names.indexOf(this.item());
      if (at < 0) throw itemNotFound(this.path);
      names.splice(at, 1);
    });
  }
  getRange(): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getRange()`, () => ({ sheet: this.item().sheet, area: this.item().area }));
  }
}
