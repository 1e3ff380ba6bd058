import { cellKey, parseAddress, peekCell, type Area, type Scalar, type SheetState, type WorkbookState } from "./state";

/**
 * What Excel's calculation gives for a formula cell, for exactly the functions the add-in's plans
 * write (FUNCTIONS; calc.test.ts collects them from every plan and holds this list to them), and
 * + - * / ^ & comparisons. It follows Excel's documented rules where they matter to those formulas:
 * comparing a number with text is FALSE, text compares without regard to case, SUMPRODUCT counts
 * non-numbers as 0, AVERAGE of a range skips text, an error travels until IFERROR catches it, TRIM
 * removes only the space character (32; "TRIM function": "removes the 7-bit ASCII space character"),
 * MATCH with match_type 0 takes the wildcards ? * and ~ in text ("MATCH function"). A function not
 * in FUNCTIONS gives #NAME?, as an unknown one does in Excel.
 *
 * Off unless the double is made with `calculate: true`: most tests look at what was written.
 */

/** The functions the double calculates: those the plans write, no more (calc.test.ts). */
export const FUNCTIONS: ReadonlySet<string> = new Set([
  "IFERROR",
  "IF",
  "ISNUMBER",
  "ISNA",
  "MATCH",
  "INDEX",
  "NOT",
  "AND",
  "OR",
  "INT",
  "ROWS",
  "AVERAGE",
  "SUMPRODUCT",
  "TRIM",
]);

type Err = { readonly error: string };
type Value = Scalar | null | Err;
interface Matrix {
  readonly rows: Value[][];
  /** A reference (A1:B5) rather than a computed array: AVERAGE, SUM, AND skip its text. */
  readonly ref: boolean;
}
type Result = Value | Matrix;

const DIV0: Err = { error: "#DIV/0!" };
const VALUE: Err = { error: "#VALUE!" };
const NAME: Err = { error: "#NAME?" };
const REF: Err = { error: "#REF!" };
const NA: Err = { error: "#N/A" };

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const isMatrix = (v: Result): v is Matrix => typeof v === "object" && v !== null && "rows" in v;

type Node =
  | { k: "lit"; v: Value }
  | { k: "arr"; rows: Value[][] }
  | { k: "ref"; sheet?: string; address: string }
  | { k: "call"; name: string; args: Node[] }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|('(?:[^']|'')+'!|[A-Za-z_][\w.]*!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&=<>(),%{};]))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read formula at "${src.slice(TOKEN.lastIndex)}"`);
    out.push(m[1] ?? (m[3] !== undefined ? `@${m[2] ?? ""}${m[3]}` : (m[4] ?? m[5] ?? m[6])));
  }
  return out;
}

function parse(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const got = tokens[i++];
    if (t !== undefined && got !== t) throw new Error(`expected ${t} in ${formula}`);
    return got;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let a = binary(level + 1);
    while (levels[level].includes(peek())) {
      const op = take();
      a = { k: "bin", op, a, b: binary(level + 1) };
    }
    return a;
  };
  const unary = (): Node => (peek() === "-" || peek() === "+" ? { k: "un", op: take(), a: unary() } : primary());
  const primary = (): Node => {
    const t = take();
    if (t === undefined) throw new Error(`unexpected end of ${formula}`);
    if (t === "(") {
      const e = binary(0);
      take(")");
      return e;
    }
    if (t.startsWith('"')) return { k: "lit", v: t.slice(1, -1).replace(/""/g, '"') };
    if (t === "{") {
      // An array constant: constants only, "," between columns and ";" between rows.
      const rows: Value[][] = [[]];
      for (;;) {
        const sign = peek() === "-" ? (take(), -1) : 1;
        const c = take();
        if (c === undefined) throw new Error(`unexpected end of ${formula}`);
        rows[rows.length - 1].push(
          c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : /^(TRUE|FALSE)$/i.test(c) ? c.toUpperCase() === "TRUE" : sign * Number(c),
        );
        const sep = take();
        if (sep === "}") break;
        if (sep === ";") rows.push([]);
        else if (sep !== ",") throw new Error(`unexpected ${sep} in ${formula}`);
      }
      return { k: "arr", rows };
    }
    if (t.startsWith("@")) {
      const bang = t.lastIndexOf("!");
      const sheet = bang > 0 ? t.slice(1, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
      return { k: "ref", sheet, address: t.slice(bang > 0 ? bang + 1 : 1) };
    }
    if (/^\d/.test(t)) return { k: "lit", v: Number(t) };
    if (/^(TRUE|FALSE)$/i.test(t) && peek() !== "(") return { k: "lit", v: t.toUpperCase() === "TRUE" };
    if (/^[A-Za-z_]/.test(t)) {
      take("(");
      const args: Node[] = [];
      if (peek() !== ")") {
        args.push(binary(0));
        while (peek() === ",") {
          take();
          args.push(binary(0));
        }
      }
      take(")");
      return { k: "call", name: t.toUpperCase(), args };
    }
    throw new Error(`unexpected ${t} in ${formula}`);
  };
  const node = binary(0);
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]} in ${formula}`);
  return node;
}

/** One workbook's calculation: each formula cell is computed once per read, on demand. */
export class Calculation {
  private readonly done = new Map<string, Value>();
  private readonly busy = new Set<string>();

  constructor(private readonly book: WorkbookState) {}

  /** The value Excel shows in the cell: its constant, or its formula's result ("" for empty). */
  cell(sheet: SheetState, row: number, col: number): Scalar {
    const v = this.value(sheet, row, col);
    if (v === null) return "";
    return isErr(v) ? v.error : v;
  }

  private value(sheet: SheetState, row: number, col: number): Value {
    const cell = peekCell(sheet, row, col);
    if (cell?.formula === undefined) return cell?.value ?? null;
    const key = `${sheet.id}:${cellKey(row, col)}`;
    if (this.done.has(key)) return this.done.get(key)!;
    if (this.busy.has(key)) return REF;
    this.busy.add(key);
    let v: Value;
    try {
      v = scalar(this.evaluate(parse(cell.formula), sheet));
    } catch {
      v = NAME;
    }
    this.busy.delete(key);
    // A formula that gives nothing shows 0 in Excel; one that gives "" shows "".
    if (v === null) v = 0;
    this.done.set(key, v);
    return v;
  }

  private range(sheet: SheetState, area: Area): Matrix {
    const rows: Value[][] = [];
    for (let r = area.r1; r <= area.r2; r++) {
      const row: Value[] = [];
      for (let c = area.c1; c <= area.c2; c++) row.push(this.value(sheet, r, c));
      rows.push(row);
    }
    return { rows, ref: true };
  }

  private evaluate(node: Node, sheet: SheetState): Result {
    switch (node.k) {
      case "lit":
        return node.v;
      case "ref": {
        const target = node.sheet === undefined ? sheet : this.book.sheets.find((s) => s.name.toLowerCase() === node.sheet!.toLowerCase());
        return target ? this.range(target, parseAddress(node.address).area) : REF;
      }
      case "un": {
        const a = this.evaluate(node.a, sheet);
        return node.op === "-" ? map1(a, (x) => arith(x, (p) => -p)) : a;
      }
      case "arr":
        return { rows: node.rows, ref: false };
      case "bin":
        return map2(this.evaluate(node.a, sheet), this.evaluate(node.b, sheet), (x, y) => binaryOp(node.op, x, y));
      case "call":
        return this.call(node.name, node.args, sheet);
    }
  }

  private call(name: string, args: Node[], sheet: SheetState): Result {
    const ev = (n: Node) => this.evaluate(n, sheet);
    if (!FUNCTIONS.has(name)) return NAME;
    switch (name) {
      case "IFERROR": {
        const v = scalar(ev(args[0]));
        return isErr(v) ? ev(args[1]) : v;
      }
      case "IF": {
        const c = truth(scalar(ev(args[0])));
        if (isErr(c)) return c;
        return c ? ev(args[1]) : args[2] ? ev(args[2]) : false;
      }
      case "ISNUMBER":
        return map1(ev(args[0]), (v) => typeof v === "number");
      case "ISNA":
        return map1(ev(args[0]), (v) => isErr(v) && v.error === NA.error);
      case "MATCH": {
        // Exact match only (match_type 0, as the plan writes it): equal numbers, or text of any case.
        const within = flat(ev(args[1]));
        const type = args[2] ? scalar(ev(args[2])) : 1;
        if (type !== 0) return NAME;
        return map1(ev(args[0]), (v) => {
          if (isErr(v)) return v;
          if (v === null) return NA;
          const pattern = typeof v === "string" ? wildcard(v) : undefined;
          const at = within.findIndex(
            (w) => w !== null && !isErr(w) && typeof w === typeof v && (pattern && typeof w === "string" ? pattern.test(w) : compare(w, v) === 0),
          );
          return at < 0 ? NA : at + 1;
        });
      }
      case "INDEX": {
        const area = toMatrix(ev(args[0]));
        const row = toNumber(scalar(ev(args[1])));
        const col = args[2] ? toNumber(scalar(ev(args[2]))) : 1;
        if (isErr(row)) return row;
        if (isErr(col)) return col;
        const r = area.rows.length === 1 && args[2] === undefined ? 1 : row;
        const c = area.rows.length === 1 && args[2] === undefined ? row : col;
        return area.rows[r - 1]?.[c - 1] ?? REF;
      }
      case "NOT": {
        const c = truth(scalar(ev(args[0])));
        return isErr(c) ? c : !c;
      }
      case "AND":
      case "OR": {
        const flags: boolean[] = [];
        for (const a of args.map(ev)) {
          for (const v of flat(a)) {
            if (isErr(v)) return v;
            if (isMatrix(a) && a.ref && (typeof v === "string" || v === null)) continue;
            const t = truth(v);
            if (isErr(t)) return t;
            flags.push(t);
          }
        }
        if (flags.length === 0) return VALUE;
        return name === "AND" ? flags.every(Boolean) : flags.some(Boolean);
      }
      case "INT":
        return map1(ev(args[0]), (v) => arith(v, Math.floor));
      case "ROWS": {
        const a = ev(args[0]);
        return isMatrix(a) ? a.rows.length : 1;
      }
      case "AVERAGE": {
        const nums: number[] = [];
        for (const a of args.map(ev)) {
          for (const v of flat(a)) {
            if (isErr(v)) return v;
            if (isMatrix(a) && a.ref) {
              if (typeof v === "number") nums.push(v);
            } else {
              const n = toNumber(v);
              if (isErr(n)) return n;
              nums.push(n);
            }
          }
        }
        const sum = nums.reduce((s, n) => s + n, 0);
        return nums.length ? sum / nums.length : DIV0;
      }
      case "SUMPRODUCT": {
        const arrays = args.map((a) => toMatrix(ev(a)));
        const [first] = arrays;
        if (!first) return VALUE;
        if (arrays.some((m) => m.rows.length !== first.rows.length || m.rows[0].length !== first.rows[0].length)) return VALUE;
        let sum = 0;
        for (let r = 0; r < first.rows.length; r++)
          for (let c = 0; c < first.rows[0].length; c++) {
            let p = 1;
            for (const m of arrays) {
              const v = m.rows[r][c];
              if (isErr(v)) return v;
              p *= typeof v === "number" ? v : 0;
            }
            sum += p;
          }
        return sum;
      }
      case "TRIM": {
        const v = scalar(ev(args[0]));
        return isErr(v)
          ? v
          : text(v)
              .replace(/^ +| +$/g, "")
              .replace(/ {2,}/g, " ");
      }
      default:
        return NAME;
    }
  }
}

function toMatrix(r: Result): Matrix {
  return isMatrix(r) ? r : { rows: [[r]], ref: false };
}

function flat(r: Result): Value[] {
  return isMatrix(r) ? r.rows.flat() : [r];
}

/** A cell's formula gives one value: the top-left of an array (a whole range gives #VALUE!). */
function scalar(r: Result): Value {
  if (!isMatrix(r)) return r;
  return r.rows.length === 1 && r.rows[0].length === 1 ? r.rows[0][0] : r.ref ? VALUE : r.rows[0][0];
}

function map1(a: Result, f: (v: Value) => Value): Result {
  if (!isMatrix(a)) return f(a);
  return { rows: a.rows.map((row) => row.map(f)), ref: false };
}

/** Element by element; a single value meets every element of an array. */
function map2(a: Result, b: Result, f: (x: Value, y: Value) => Value): Result {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const A = toMatrix(a);
  const B = toMatrix(b);
  const one = (m: Matrix) => m.rows.length === 1 && m.rows[0].length === 1;
  const shape = one(A) ? B : A;
  if (!one(A) && !one(B) && (A.rows.length !== B.rows.length || A.rows[0].length !== B.rows[0].length)) return VALUE;
  const at = (m: Matrix, r: number, c: number) => (one(m) ? m.rows[0][0] : m.rows[r][c]);
  return { rows: shape.rows.map((row, r) => row.map((_, c) => f(at(A, r, c), at(B, r, c)))), ref: false };
}

function toNumber(v: Value): number | Err {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  return t !== "" && !Number.isNaN(Number(t)) ? Number(t) : VALUE;
}

function arith(v: Value, f: (x: number) => number): Value {
  const n = toNumber(v);
  return isErr(n) ? n : f(n);
}

function truth(v: Value): boolean | Err {
  if (isErr(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return VALUE;
}

function text(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel orders numbers < text < booleans; an empty cell is 0, "" or FALSE beside the other side. */
function compare(x: Value, y: Value): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const fill = (v: Value, other: Value): Scalar => (v !== null ? (v as Scalar) : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const a = fill(x, y);
  const b = fill(y, x);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") return a.toLowerCase().localeCompare((b as string).toLowerCase());
  return Number(a) - Number(b);
}

function binaryOp(op: string, x: Value, y: Value): Value {
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  if (op === "&") return text(x) + text(y);
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const c = compare(x, y);
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  }
  const a = toNumber(x);
  const b = toNumber(y);
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? DIV0 : a / b;
    case "^":
      return a ** b;
  }
  return VALUE;
}

/** MATCH's text pattern: ? one character, * any run, ~ escapes the next; whole cell, any case. */
function wildcard(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "~" && i + 1 < pattern.length) out += escapeRegExp(pattern[++i]);
    else if (c === "?") out += "[\\s\\S]";
    else if (c === "*") out += "[\\s\\S]*";
    else out += escapeRegExp(c);
  }
  return new RegExp(`^${out}$`, "i");
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
