import { FakeClientObject, type Loadable } from "./clientObject";
import { cellAt, forEachCell, type BorderSide, type CellFormat } from "./model";
import type { FakeRequestContext } from "./requestContext";
import { assertWritable, autofitRows, type RangeTarget } from "./rangeWrites";

/** Excel.RangeFormat and its font, fill and borders. Reads give the common value of the range, else null. */

function commonValue<V>(target: RangeTarget, read: (format: CellFormat) => V | undefined, fallback: V): V | null {
  let seen: V | undefined;
  for (let row = target.rect.top; row <= target.rect.bottom; row++) {
    for (let col = target.rect.left; col <= target.rect.right; col++) {
      const value = read(cellAt(target.sheet, row, col)?.format ?? {}) ?? fallback;
      if (seen !== undefined && seen !== value) return null;
      seen = value;
    }
  }
  return seen ?? fallback;
}

function setFormat(target: RangeTarget, location: string, change: (format: CellFormat) => void): void {
  assertWritable(target.sheet, location);
  forEachCell(target.sheet, target.rect, (cell) => change(cell.format));
}

/** Base for the format objects: they all act on the range's cells. */
abstract class FormatPart extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, where: string, resolver: () => RangeTarget) {
    super(context, where, resolver);
  }

  protected setCells(op: string, value: unknown, change: (format: CellFormat) => void): void {
    this.queueWrite(`${op}=`, value, (t) => setFormat(t, `${this.typeName}.${op}`, change));
  }
}

export class FakeRangeFormat extends FormatPart {
  protected readonly typeName = "RangeFormat";
  private parts: { font?: FakeRangeFont; fill?: FakeRangeFill; borders?: FakeRangeBorderCollection } = {};

  get font(): FakeRangeFont { return (this.parts.font ??= new FakeRangeFont(this.context, `${this.where}.font`, () => this.requireTarget("RangeFormat.font"))); }
  get fill(): FakeRangeFill { return (this.parts.fill ??= new FakeRangeFill(this.context, `${this.where}.fill`, () => this.requireTarget("RangeFormat.fill"))); }
  get borders(): FakeRangeBorderCollection {
    return (this.parts.borders ??= new FakeRangeBorderCollection(this.context, `${this.where}.borders`, () => this.requireTarget("RangeFormat.borders")));
  }

  get wrapText(): boolean | null { return this.read("wrapText"); }
  set wrapText(value: boolean | null) { this.setCells("wrapText", value, (f) => (f.wrapText = Boolean(value))); }
  get horizontalAlignment(): string | null { return this.read("horizontalAlignment"); }
  set horizontalAlignment(value: string | null) { this.setCells("horizontalAlignment", value, (f) => (f.horizontalAlignment = value ?? undefined)); }
  get verticalAlignment(): string | null { return this.read("verticalAlignment"); }
  set verticalAlignment(value: string | null) { this.setCells("verticalAlignment", value, (f) => (f.verticalAlignment = value ?? undefined)); }

  get columnWidth(): number | null { return this.read("columnWidth"); }
  set columnWidth(points: number | null) {
    this.queueWrite("columnWidth=", points, (t) => {
      this.context.assertApi("1.2", "RangeFormat.columnWidth");
      assertWritable(t.sheet, "RangeFormat.columnWidth");
      for (let col = t.rect.left; col <= t.rect.right; col++) t.sheet.columnWidths.set(col, Number(points));
    });
  }

  get rowHeight(): number | null { return this.read("rowHeight"); }
  set rowHeight(points: number | null) {
    this.queueWrite("rowHeight=", points, (t) => {
      this.context.assertApi("1.2", "RangeFormat.rowHeight");
      assertWritable(t.sheet, "RangeFormat.rowHeight");
      for (let row = t.rect.top; row <= t.rect.bottom; row++) t.sheet.rowHeights.set(row, Number(points));
    });
  }

  autofitRows(): void {
    this.queueWrite("autofitRows", undefined, (t) => {
      this.context.assertApi("1.2", "RangeFormat.autofitRows");
      autofitRows(t, "RangeFormat.autofitRows");
    });
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "borders") return this.borders;
    return undefined;
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      wrapText: (t) => commonValue(t, (f) => f.wrapText, false),
      horizontalAlignment: (t) => commonValue(t, (f) => f.horizontalAlignment, "General"),
      verticalAlignment: (t) => commonValue(t, (f) => f.verticalAlignment, "Bottom"),
      columnWidth: (t) => t.sheet.columnWidths.get(t.rect.left) ?? 48,
      rowHeight: (t) => t.sheet.rowHeights.get(t.rect.top) ?? 15,
    };
  }
}

export class FakeRangeFont extends FormatPart {
  protected readonly typeName = "RangeFont";

  get name(): string | null { return this.read("name"); }
  set name(value: string | null) { this.setCells("name", value, (f) => (f.fontName = value ?? undefined)); }
  get size(): number | null { return this.read("size"); }
  set size(value: number | null) { this.setCells("size", value, (f) => (f.fontSize = value ?? undefined)); }
  get bold(): boolean | null { return this.read("bold"); }
  set bold(value: boolean | null) { this.setCells("bold", value, (f) => (f.bold = Boolean(value))); }
  get italic(): boolean | null { return this.read("italic"); }
  set italic(value: boolean | null) { this.setCells("italic", value, (f) => (f.italic = Boolean(value))); }
  get color(): string | null { return this.read("color"); }
  set color(value: string | null) { this.setCells("color", value, (f) => (f.fontColor = value ?? undefined)); }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      name: (t) => commonValue(t, (f) => f.fontName, "Calibri"),
      size: (t) => commonValue(t, (f) => f.fontSize, 11),
      bold: (t) => commonValue(t, (f) => f.bold, false),
      italic: (t) => commonValue(t, (f) => f.italic, false),
      color: (t) => commonValue(t, (f) => f.fontColor, "#000000"),
    };
  }
}

export class FakeRangeFill extends FormatPart {
  protected readonly typeName = "RangeFill";

  get color(): string | null { return this.read("color"); }
  set color(value: string | null) { this.setCells("color", value, (f) => (f.fill = value ? value.toUpperCase() : undefined)); }

  clear(): void {
    this.queueWrite("clear", undefined, (t) => setFormat(t, "RangeFill.clear", (f) => delete f.fill));
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return { color: (t) => commonValue(t, (f) => f.fill, "#FFFFFF") };
  }
}

const SIDES: Record<string, (rect: RangeTarget["rect"], row: number, col: number) => BorderSide[]> = {
  EdgeTop: (r, row) => (row === r.top ? ["top"] : []),
  EdgeBottom: (r, row) => (row === r.bottom ? ["bottom"] : []),
  EdgeLeft: (r, _row, col) => (col === r.left ? ["left"] : []),
  EdgeRight: (r, _row, col) => (col === r.right ? ["right"] : []),
  InsideHorizontal: (r, row) => [...(row > r.top ? ["top" as const] : []), ...(row < r.bottom ? ["bottom" as const] : [])],
  InsideVertical: (r, _row, col) => [...(col > r.left ? ["left" as const] : []), ...(col < r.right ? ["right" as const] : [])],
};

export class FakeRangeBorderCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly where: string,
    private readonly resolver: () => RangeTarget,
  ) {}

  getItem(index: string): FakeRangeBorder {
    if (!SIDES[index]) throw new Error(`fake Excel: border index ${index} is not modelled`);
    return new FakeRangeBorder(this.context, `${this.where}[${index}]`, this.resolver, index);
  }

  applyLoad(): unknown {
    return [];
  }
}

export class FakeRangeBorder extends FormatPart {
  protected readonly typeName = "RangeBorder";

  constructor(context: FakeRequestContext, where: string, resolver: () => RangeTarget, private readonly index: string) {
    super(context, where, resolver);
  }

  set style(value: string) { this.setLine("style", value); }
  get style(): string { return this.read("style"); }
  set weight(value: string) { this.setLine("weight", value); }
  get weight(): string { return this.read("weight"); }

  private setLine(part: "style" | "weight", value: string): void {
    this.queueWrite(`${part}=`, value, (t) => {
      assertWritable(t.sheet, `RangeBorder.${part}`);
      forEachCell(t.sheet, t.rect, (cell, row, col) => {
        for (const side of SIDES[this.index](t.rect, row, col)) {
          const borders = (cell.format.borders ??= {});
          const line = (borders[side] ??= { style: "None", weight: "Thin" });
          line[part] = value;
        }
      });
    });
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    const first = (t: RangeTarget) => {
      const side = SIDES[this.index](t.rect, t.rect.top, t.rect.left)[0] ?? "top";
      return cellAt(t.sheet, t.rect.top, t.rect.left)?.format.borders?.[side];
    };
    return { style: (t) => first(t)?.style ?? "None", weight: (t) => first(t)?.weight ?? "Thin" };
  }
}
