import { DoubleCollection, DoubleObject, Slot, type Session } from "./base";
import { accessDenied, invalidArgument, itemNotFound } from "./errors";
import type { RangeDouble, RangeTarget } from "./range";
import { cellsOf, parseAddress, peekCell, type Area, type SheetState } from "./state";

/**
 * Charts (ExcelApi 1.1, series ranges 1.7): what the renderer uses — add over a source range, name,
 * title, the value axis's scale, the legend, series with their value and category ranges, position
 * by cells, size in points, delete. A chart holds *ranges*, as Excel does, so tests can check what a series points at. Charts
 * are drawing objects: a protected sheet refuses adding or deleting them unless its protection
 * allows editing objects.
 */

/** The chart types the double accepts: the renderer's four kinds and a few neighbours. */
const TYPES = ["ColumnClustered", "BarClustered", "Radar", "RadarMarkers", "Pie", "Line", "ColumnStacked", "BarStacked"];

export interface SeriesState {
  name: string;
  values?: RangeTarget;
  categories?: RangeTarget;
}

export interface ChartState {
  readonly id: string;
  name: string;
  type: string;
  readonly sheet: SheetState;
  title?: string;
  readonly series: SeriesState[];
  readonly valueAxis: { minimum?: number; maximum?: number; majorUnit?: number };
  /** reversePlotOrder (1.7); position: where the value axis crosses it (1.8). */
  readonly categoryAxis: { reversePlotOrder?: boolean; position?: string };
  /** Top-left and bottom-right cells covered (setPosition). */
  position?: { from: Area; to: Area };
  /** Points; Excel's default chart is 360 × 216. */
  width: number;
  height: number;
  /** Excel shows a new chart's legend on the right. */
  readonly legend: { visible: boolean; position: string };
  /** chart.dataLabels: values on the points (showValue 1.1, numberFormat 1.8, position 1.1). */
  readonly dataLabels: { showValue?: boolean; numberFormat?: string; position?: string };
}

function assertObjectsEditable(sheet: SheetState, what: string): void {
  if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true) throw accessDenied(`${sheet.name} (${what})`);
}

/**
 * The series Excel makes from a source range: one per column (seriesBy "Columns"/"Auto"); a
 * first column of text, when there are several, gives the categories; a text first row the names.
 */
function seriesFrom(source: RangeTarget, seriesBy: string): SeriesState[] {
  if (seriesBy === "Rows") throw invalidArgument("the double models series by columns only");
  const { sheet, area } = source;
  const text = (r: number, c: number) => typeof peekCell(sheet, r, c)?.value === "string" && !peekCell(sheet, r, c)?.formula;
  const header = area.r2 > area.r1 && text(area.r1, area.c2);
  const top = header ? area.r1 + 1 : area.r1;
  const labels = area.c2 > area.c1 && text(top, area.c1);
  const out: SeriesState[] = [];
  for (let c = labels ? area.c1 + 1 : area.c1; c <= area.c2; c++) {
    out.push({
      name: header ? String(peekCell(sheet, area.r1, c)?.value) : `Series${out.length + 1}`,
      values: { sheet, area: { r1: top, c1: c, r2: area.r2, c2: c } },
      ...(labels ? { categories: { sheet, area: { r1: top, c1: area.c1, r2: area.r2, c2: area.c1 } } } : {}),
    });
  }
  return out;
}

export class ChartCollectionDouble extends DoubleCollection<ChartDouble> {
  constructor(
    session: Session,
    path: string,
    private readonly sheet: () => SheetState,
  ) {
    super(session, path);
  }

  protected members(): ChartDouble[] {
    return this.sheet().charts.map((c) => new ChartDouble(this.session, `charts[${c.id}]`, () => c));
  }

  add(type: string, sourceData: RangeDouble, seriesBy = "Auto"): ChartDouble {
    const slot = new Slot<ChartState>("chart");
    this.queue("add", { type, sourceData, seriesBy }, "1.1", () => {
      if (!TYPES.includes(type)) throw invalidArgument(`chart type ${type}`);
      const sheet = this.sheet();
      const source = sourceData.locate();
      if (source.sheet !== sheet) throw invalidArgument("the double models charts over data on their own sheet");
      if (cellsOf(source.area) > 100_000) throw invalidArgument("a chart over more than 100,000 cells");
      assertObjectsEditable(sheet, "adding a chart");
      const book = this.session.book;
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartState = {
        id: `{chart-${book.nextId++}}`,
        name: `Chart ${n}`,
        type,
        sheet,
        series: seriesFrom(source, seriesBy),
        valueAxis: {},
        categoryAxis: {},
        width: 360,
        height: 216,
        legend: { visible: true, position: "Right" },
        dataLabels: {},
      };
      sheet.charts.push(slot.set(chart));
    });
    return new ChartDouble(this.session, `${this.path}.add(${type})`, () => slot.get());
  }

  getItem(name: string): ChartDouble {
    return new ChartDouble(this.session, `${this.path}.getItem(${name})`, () => this.find(name) ?? fail(`chart "${name}"`));
  }

  getItemOrNullObject(name: string): ChartDouble {
    return new ChartDouble(
      this.session,
      `${this.path}.getItemOrNullObject(${name})`,
      () => this.find(name) ?? fail(`chart "${name}"`),
      () => !!this.find(name),
    );
  }

  getItemAt(index: number): ChartDouble {
    return new ChartDouble(this.session, `${this.path}.getItemAt(${index})`, () => this.sheet().charts[index] ?? fail(`chart #${index}`));
  }

  private find(name: string): ChartState | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
  }
}

function fail(what: string): never {
  throw itemNotFound(what);
}

export class ChartDouble extends DoubleObject {
  readonly title: ChartTitleDouble;
  readonly axes: ChartAxesDouble;
  readonly legend: ChartLegendDouble;
  readonly dataLabels: ChartDataLabelsDouble;
  readonly series: ChartSeriesCollectionDouble;

  constructor(
    session: Session,
    path: string,
    readonly chart: () => ChartState,
    private readonly present: () => boolean = () => true,
  ) {
    super(session, path);
    this.title = new ChartTitleDouble(session, `${path}.title`, chart);
    this.axes = new ChartAxesDouble(session, `${path}.axes`, chart);
    this.legend = new ChartLegendDouble(session, `${path}.legend`, chart);
    this.dataLabels = new ChartDataLabelsDouble(session, `${path}.dataLabels`, chart);
    this.series = new ChartSeriesCollectionDouble(session, `${path}.series`, chart);
  }
  protected override exists(): boolean {
    return this.present();
  }
  protected scalars() {
    return {
      name: () => this.chart().name,
      id: () => this.chart().id,
      chartType: () => this.chart().type,
      width: () => this.chart().width,
      height: () => this.chart().height,
    };
  }
  protected override child(name: string): DoubleObject | undefined {
    return name === "title" ? this.title : name === "series" ? this.series : undefined;
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queue("set name", v, "1.1", () => void (this.chart().name = v));
  }
  get chartType(): string {
    return this.loaded("chartType");
  }
  set width(v: number) {
    this.queue("set width", v, "1.1", () => void (this.chart().width = positive(v)));
  }
  set height(v: number) {
    this.queue("set height", v, "1.1", () => void (this.chart().height = positive(v)));
  }
  setPosition(startCell: string | RangeDouble, endCell?: string | RangeDouble): void {
    this.queue("setPosition", { startCell, endCell }, "1.1", () => {
      const at = (c: string | RangeDouble) => (typeof c === "string" ? parseAddress(c).area : c.locate().area);
      const from = at(startCell);
      this.chart().position = { from, to: endCell === undefined ? from : at(endCell) };
    });
  }
  delete(): void {
    this.queue("delete", null, "1.1", () => {
      const chart = this.chart();
      assertObjectsEditable(chart.sheet, "deleting a chart");
      chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
    });
  }
}

class ChartPart extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    protected readonly chart: () => ChartState,
  ) {
    super(session, path);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
}

export class ChartTitleDouble extends ChartPart {
  protected override scalars() {
    return { text: () => this.chart().title ?? "", visible: () => this.chart().title !== undefined };
  }
  get text(): string {
    return this.loaded("text");
  }
  set text(v: string) {
    this.queue("set text", v, "1.1", () => void (this.chart().title = v));
  }
}

function positive(v: number): number {
  if (!(v > 0)) throw invalidArgument(`chart size ${v}`);
  return v;
}

export class ChartLegendDouble extends ChartPart {
  protected override scalars() {
    return { visible: () => this.chart().legend.visible, position: () => this.chart().legend.position };
  }
  set visible(v: boolean) {
    this.queue("set visible", v, "1.1", () => void (this.chart().legend.visible = v));
  }
  set position(v: string) {
    this.queue("set position", v, "1.1", () => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(v)) throw invalidArgument(`legend position ${v}`);
      this.chart().legend.position = v;
    });
  }
}

export class ChartDataLabelsDouble extends ChartPart {
  set showValue(v: boolean) {
    this.queue("set showValue", v, "1.1", () => void (this.chart().dataLabels.showValue = v));
  }
  set numberFormat(v: string) {
    this.queue("set numberFormat", v, "1.8", () => void (this.chart().dataLabels.numberFormat = v));
  }
  set position(v: string) {
    this.queue("set position", v, "1.1", () => {
      const pie = this.chart().type === "Pie";
      const allowed = pie ? ["Center", "InsideEnd", "BestFit", "OutsideEnd"] : ["Center", "InsideEnd", "InsideBase", "OutsideEnd"];
      if (!allowed.includes(v)) throw invalidArgument(`data label position ${v} on a ${this.chart().type} chart`);
      this.chart().dataLabels.position = v;
    });
  }
}

export class ChartAxesDouble extends ChartPart {
  readonly valueAxis = new ChartAxisDouble(this.session, `${this.path}.valueAxis`, this.chart);
  readonly categoryAxis = new ChartCategoryAxisDouble(this.session, `${this.path}.categoryAxis`, this.chart);
}

export class ChartCategoryAxisDouble extends ChartPart {
  private axis(): ChartState["categoryAxis"] {
    const chart = this.chart();
    if (chart.type === "Pie") throw invalidArgument("a pie chart has no category axis");
    return chart.categoryAxis;
  }
  set reversePlotOrder(v: boolean) {
    this.queue("set reversePlotOrder", v, "1.7", () => void (this.axis().reversePlotOrder = v));
  }
  set position(v: string) {
    this.queue("set position", v, "1.8", () => {
      if (!["Automatic", "Maximum", "Minimum", "Custom"].includes(v)) throw invalidArgument(`axis position ${v}`);
      this.axis().position = v;
    });
  }
}

export class ChartAxisDouble extends ChartPart {
  protected override scalars() {
    const axis = () => this.axis();
    return { minimum: () => axis().minimum ?? null, maximum: () => axis().maximum ?? null, majorUnit: () => axis().majorUnit ?? null };
  }
  /** Pies have no axes: Excel refuses the value axis of one. */
  private axis(): ChartState["valueAxis"] {
    const chart = this.chart();
    if (chart.type === "Pie") throw invalidArgument("a pie chart has no value axis");
    return chart.valueAxis;
  }
  private put(key: keyof ChartState["valueAxis"], v: number): void {
    this.queue(`set ${key}`, v, "1.1", () => void (this.axis()[key] = v));
  }
  set minimum(v: number) {
    this.put("minimum", v);
  }
  set maximum(v: number) {
    this.put("maximum", v);
  }
  set majorUnit(v: number) {
    this.put("majorUnit", v);
  }
}

export class ChartSeriesCollectionDouble extends DoubleCollection<ChartSeriesDouble> {
  constructor(
    session: Session,
    path: string,
    private readonly chart: () => ChartState,
  ) {
    super(session, path);
  }
  protected members(): ChartSeriesDouble[] {
    return this.chart().series.map((s, i) => new ChartSeriesDouble(this.session, `${this.path}[${i}]`, () => s));
  }
  add(name?: string): ChartSeriesDouble {
    const slot = new Slot<SeriesState>("series");
    this.queue("add", name ?? null, "1.7", () => {
      const chart = this.chart();
      chart.series.push(slot.set({ name: name ?? `Series${chart.series.length + 1}` }));
    });
    return new ChartSeriesDouble(this.session, `${this.path}.add(${name ?? ""})`, () => slot.get());
  }
  getItemAt(index: number): ChartSeriesDouble {
    return new ChartSeriesDouble(this.session, `${this.path}.getItemAt(${index})`, () => this.chart().series[index] ?? fail(`series #${index}`));
  }
}

export class ChartSeriesDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly series: () => SeriesState,
  ) {
    super(session, path);
  }
  protected scalars() {
    return { name: () => this.series().name };
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.queue("set name", v, "1.1", () => void (this.series().name = v));
  }
  setValues(sourceData: RangeDouble): void {
    this.queue("setValues", sourceData, "1.7", () => void (this.series().values = sourceData.locate()));
  }
  setXAxisValues(sourceData: RangeDouble): void {
    this.queue("setXAxisValues", sourceData, "1.7", () => void (this.series().categories = sourceData.locate()));
  }
}
