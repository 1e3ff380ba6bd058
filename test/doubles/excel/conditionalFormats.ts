import { DoubleCollection, DoubleObject, Slot, type Session } from "./base";
import { assertUnprotected } from "./cells";
import { invalidArgument } from "./errors";
import type { RangeTarget } from "./range";
import { overlaps, type ConditionalFormatState } from "./state";

/**
 * Conditional formats (ExcelApi 1.6): the two kinds the renderer uses — a custom formula and a
 * cell-value comparison — each with a fill and a font colour. Other kinds are refused, so a
 * renderer that starts using one is noticed here first.
 */

const KINDS = ["Custom", "CellValue"];

export class ConditionalFormatCollectionDouble extends DoubleCollection<ConditionalFormatDouble> {
  constructor(
    session: Session,
    path: string,
    private readonly locate: () => RangeTarget,
  ) {
    super(session, path);
  }

  protected members(): ConditionalFormatDouble[] {
    const { sheet, area } = this.locate();
    return sheet.conditionalFormats
      .filter((cf) => overlaps(cf.area, area))
      .map((cf, i) => new ConditionalFormatDouble(this.session, `${this.path}[${i}]`, () => cf));
  }

  add(type: string): ConditionalFormatDouble {
    const slot = new Slot<ConditionalFormatState>("conditional format");
    this.queue("add", type, "1.6", () => {
      if (!KINDS.includes(type)) throw invalidArgument(`the double implements conditional formats ${KINDS.join(", ")}, not ${type}`);
      const { sheet, area } = this.locate();
      assertUnprotected(sheet, "conditional formats");
      sheet.conditionalFormats.push(slot.set({ area, type }));
    });
    return new ConditionalFormatDouble(this.session, `${this.path}.add(${type})`, () => slot.get());
  }
}

export class ConditionalFormatDouble extends DoubleObject {
  readonly custom: CustomFormatDouble;
  readonly cellValue: CellValueFormatDouble;

  constructor(
    session: Session,
    path: string,
    private readonly locate: () => ConditionalFormatState,
  ) {
    super(session, path);
    this.custom = new CustomFormatDouble(session, `${path}.custom`, locate);
    this.cellValue = new CellValueFormatDouble(session, `${path}.cellValue`, locate);
  }
  protected scalars() {
    return { type: () => this.locate().type };
  }
  get type(): string {
    return this.loaded("type");
  }
}

abstract class FormatPart extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    protected readonly locate: () => ConditionalFormatState,
  ) {
    super(session, path);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  protected change(action: string, value: unknown, f: (cf: ConditionalFormatState) => void): void {
    this.queue(action, value, "1.6", () => void f(this.locate()));
  }
}

export class CustomFormatDouble extends FormatPart {
  readonly rule = new FormulaRuleDouble(this.session, `${this.path}.rule`, this.locate);
  readonly format = new CfFormatDouble(this.session, `${this.path}.format`, this.locate);
}

export class CellValueFormatDouble extends FormatPart {
  readonly format = new CfFormatDouble(this.session, `${this.path}.format`, this.locate);
  set rule(v: Excel.ConditionalCellValueRule) {
    this.change("set rule", v, (cf) => {
      cf.formula = v.formula1;
      cf.operator = String(v.operator);
    });
  }
}

export class FormulaRuleDouble extends FormatPart {
  set formula(v: string) {
    this.change("set formula", v, (cf) => (cf.formula = v));
  }
}

export class CfFormatDouble extends FormatPart {
  readonly fill = new CfColourDouble(this.session, `${this.path}.fill`, this.locate, "fill");
  readonly font = new CfColourDouble(this.session, `${this.path}.font`, this.locate, "fontColor");
}

export class CfColourDouble extends FormatPart {
  constructor(
    session: Session,
    path: string,
    locate: () => ConditionalFormatState,
    private readonly key: "fill" | "fontColor",
  ) {
    super(session, path, locate);
  }
  set color(v: string) {
    this.change(`set ${this.key}`, v, (cf) => (cf[this.key] = v.toUpperCase()));
  }
}
