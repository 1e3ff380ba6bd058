import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { Area, Scalar, SheetState, WorkbookState } from "./state";

/**
 * Proxy objects with Office's load/sync semantics. Nothing touches the workbook when the add-in
 * calls a method or sets a property: an operation is queued, and applied in order at `sync()`.
 * A property can be read only after it was `load()`ed and a sync went by; otherwise the read
 * throws PropertyNotLoaded, as Office does.
 */

/** One queued call, as it travels in a request. `set` is the ExcelApi requirement set it needs. */
export interface Op {
  readonly target: string;
  readonly action: string;
  readonly args?: unknown;
  readonly set: string;
  /** Runs at sync; a load returns what it fetched (counted as response bytes). */
  apply(): unknown;
}

export interface Session {
  readonly book: WorkbookState;
  /** Which Excel the double plays: desktop, or Excel on the web with its own quirks. */
  readonly flavour: Flavour;
  /** Whether this host build has the regression (see Regression). */
  has(regression: Regression): boolean;
  enqueue(op: Op): void;
  /** Formulas' results for `range.values`, when the double calculates (undefined otherwise). */
  calculated?(sheet: SheetState, area: Area): Scalar[][] | undefined;
}

export type Flavour = "desktop" | "web";

/**
 * Host builds with a known regression, switched on one by one (ExcelDoubleOptions.regressions):
 * - "office-js#6784" (June 2026, since fixed): `unprotect()` refused with AccessDenied on a sheet
 *   protected without a password, and on one not protected at all;
 * - "office-js#1931" (2021, Insider builds): the options loaded from a protected sheet hold null
 *   members, and `protect()` given them fails with an internal error;
 * - "office-js#1860": `pageLayout.zoom` set to fit to pages is silently not applied (read back, it
 *   is still the 100 % scale).
 */
export type Regression = "office-js#6784" | "office-js#1931" | "office-js#1860";

export type LoadSpec = string | string[] | { [key: string]: unknown } | undefined;

/** "a, b/c", ["a", "b/c"], {select: "a"}, {a: true, b: {c: true}} → [["a"], ["b", "c"]]; [] = every scalar. */
export function loadPaths(spec: LoadSpec): string[][] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.split("/"));
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec.select === "string" || typeof spec.expand === "string") return [...loadPaths(spec.select as string), ...loadPaths(spec.expand as string)];
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key.startsWith("$")) continue;
    if (value === true) paths.push([key]);
    else if (value && typeof value === "object") {
      const inner = loadPaths(value as LoadSpec);
      paths.push(...(inner.length ? inner.map((p) => [key, ...p]) : [[key]]));
    }
  }
  return paths;
}

export abstract class DoubleObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullObject?: boolean;

  constructor(
    protected readonly session: Session,
    readonly path: string,
  ) {}

  /** The object's scalar properties, read from the workbook at sync time. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Child objects reachable by a load path ("format/fill/color"). */
  protected child(_name: string): DoubleObject | undefined {
    return undefined;
  }

  /** For *OrNullObject proxies: whether the object exists, decided at sync time. */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw propertyNotLoaded(this.constructor.name, "isNullObject");
    return this.nullObject;
  }

  /** The requirement set a load of this object needs (its properties' set). */
  protected loadSet(): string {
    return "1.1";
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.queue(
      "load",
      paths.map((p) => p.join("/")),
      this.loadSet(),
      () => this.applyLoad(paths),
    );
    return this;
  }

  /** Applies a load: stores what the paths ask for, and returns it (the response). */
  applyLoad(paths: readonly string[][]): unknown {
    this.nullObject = !this.exists();
    if (this.nullObject) return { isNullObject: true };
    const readers = this.scalars();
    const out: Record<string, unknown> = {};
    const wanted = paths.length === 0 ? Object.keys(readers).map((k) => [k]) : paths;
    const deeper = new Map<string, string[][]>();
    for (const [head, ...rest] of wanted) {
      if (rest.length === 0 && head in readers) {
        const value = readers[head]();
        this.loadedValues.set(head, value);
        out[head] = value;
      } else deeper.set(head, [...(deeper.get(head) ?? []), ...(rest.length ? [rest] : [])]);
    }
    for (const [head, rest] of deeper) {
      const child = this.child(head);
      if (!child) throw invalidArgument(`${this.constructor.name} has no property "${head}" to load`);
      out[head] = child.applyLoad(rest);
    }
    return out;
  }

  protected loaded<T>(key: string): T {
    if (!this.loadedValues.has(key)) throw propertyNotLoaded(this.constructor.name, key);
    return this.loadedValues.get(key) as T;
  }

  protected queue(action: string, args: unknown, set: string, apply: () => unknown = () => undefined): void {
    this.session.enqueue({ target: this.path, action, args, set, apply });
  }

  /** A proxy passed as an argument travels as its path. */
  toJSON(): unknown {
    return { _path: this.path };
  }
}

export abstract class DoubleCollection<T extends DoubleObject> extends DoubleObject {
  private loadedItems?: T[];

  /** Proxies for the members that exist now (called at sync time). */
  protected abstract members(): T[];

  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.constructor.name, "items");
    return this.loadedItems;
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** "items/name" and "name" alike load each member's name. */
  override applyLoad(paths: readonly string[][]): unknown {
    const each = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.members();
    this.loadedItems = items;
    return { items: items.map((item) => item.applyLoad(each)) };
  }
}

/** Something created by a queued call, found once that call has been applied. */
export class Slot<T> {
  private value?: T;
  constructor(private readonly what: string) {}
  set(v: T): T {
    this.value = v;
    return v;
  }
  get(): T {
    if (this.value === undefined) throw itemNotFound(`${this.what} (the call that creates it failed or has not been synced)`);
    return this.value;
  }
}
