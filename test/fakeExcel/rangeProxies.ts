import { formatAddress, parseRangeAddress } from "./address";
import { fakeError } from "./fakeError";
import { readCellValue, readValueType } from "./cellValues";
import { FakeClientObject, FakeCollection, type Loadable } from "./clientObject";
import { FakeConditionalFormatCollection } from "./conditionalFormatProxies";
import { FakeRangeFormat } from "./formatProxies";
import { cellAt } from "./model";
import type { FakeRequestContext } from "./requestContext";
import { columnCount, mergeRange, readGrid, rowCount, writeNumberFormats, writeValues, type RangeTarget } from "./rangeWrites";

/** Range.getMergedAreasOrNullObject fails above this many merged areas (Office reference, ExcelApi 1.13). */
export const MAX_MERGED_AREAS = 512;

/** Excel.Range: values, number formats, address and position; format, conditional formats, merges, select. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly typeName = "Range";
  private formatProxy: FakeRangeFormat | undefined;
  private conditionalFormatsProxy: FakeConditionalFormatCollection | undefined;

  constructor(context: FakeRequestContext, where: string, resolver: () => RangeTarget | null, nullable = false) {
    super(context, where, resolver, nullable);
  }

  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }
  get formulas(): unknown[][] { return this.read("formulas"); }

  get values(): unknown[][] { return this.read("values"); }
  set values(values: unknown[][]) {
    this.queueWrite("values=", values, (t) => writeValues(t, values, "Range.values"));
  }

  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  set numberFormat(formats: unknown[][]) {
    this.queueWrite("numberFormat=", formats, (t) => writeNumberFormats(t, formats, "Range.numberFormat"));
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, `${this.where}.format`, () => this.requireTarget("Range.format"));
    return this.formatProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(this.context, `${this.where}.cf`, () => {
      this.context.assertApi("1.6", "Range.conditionalFormats");
      return this.requireTarget("Range.conditionalFormats");
    });
    return this.conditionalFormatsProxy;
  }

  merge(across = false): void {
    this.queueWrite("merge", across, (t) => {
      this.context.assertApi("1.2", "Range.merge");
      mergeRange(t, across, "Range.merge");
    });
  }

  select(): void {
    this.queueWrite("select", undefined, (t) => {
      this.context.model.activeSheetId = t.sheet.id;
      this.context.model.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }

  /**
   * Merged areas whose top-left cell lies in this range (ExcelApi 1.13); a null object when there are none. As the
   * Office reference says, the call fails when the range holds more than 512 merged areas (the whole sync fails).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.where}.merged`, () => {
      this.context.assertApi("1.13", "Range.getMergedAreasOrNullObject");
      const target = this.requireTarget("Range.getMergedAreasOrNullObject");
      const { rect } = target;
      const areas = target.sheet.merges.filter(
        (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
      );
      if (areas.length > MAX_MERGED_AREAS) {
        throw fakeError("GeneralException", "Range.getMergedAreasOrNullObject", `${areas.length} merged areas (at most ${MAX_MERGED_AREAS}).`);
      }
      return areas.length ? areas.map((m) => ({ sheet: target.sheet, rect: m })) : null;
    });
  }

  /** The rectangle common to this range and `other` (ExcelApi 1.4); a null object when they do not meet. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, `${this.where}.intersect`, () => {
      this.context.assertApi("1.4", "Range.getIntersectionOrNullObject");
      const target = this.requireTarget("Range.getIntersectionOrNullObject");
      const rect = typeof other === "string" ? parseRangeAddress(other) : other.resolveRect(target.sheet);
      const meet = { top: Math.max(rect.top, target.rect.top), left: Math.max(rect.left, target.rect.left), bottom: Math.min(rect.bottom, target.rect.bottom), right: Math.min(rect.right, target.rect.right) };
      return meet.top <= meet.bottom && meet.left <= meet.right ? { sheet: target.sheet, rect: meet } : null;
    }, true);
  }

  /** This range's rectangle, for another proxy of the same sheet (InvalidArgument across sheets, as Excel). */
  resolveRect(sheet: RangeTarget["sheet"]): RangeTarget["rect"] {
    const target = this.requireTarget("Range");
    if (target.sheet !== sheet) throw fakeError("InvalidArgument", "Range.getIntersectionOrNullObject", "Ranges on different sheets.");
    return target.rect;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      address: (t) => formatAddress(t.sheet.name, t.rect),
      rowIndex: (t) => t.rect.top,
      columnIndex: (t) => t.rect.left,
      rowCount: (t) => rowCount(t),
      columnCount: (t) => columnCount(t),
      values: (t) => readGrid(t, (r, c) => readCellValue(cellAt(t.sheet, r, c))),
      valueTypes: (t) => readGrid(t, (r, c) => readValueType(cellAt(t.sheet, r, c))),
      numberFormat: (t) => readGrid(t, (r, c) => cellAt(t.sheet, r, c)?.numberFormat ?? "General"),
      formulas: (t) => readGrid(t, (r, c) => cellAt(t.sheet, r, c)?.formula ?? readCellValue(cellAt(t.sheet, r, c))),
    };
  }
}

/** Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet. */
export class FakeRangeAreas extends FakeClientObject<RangeTarget[]> {
  protected readonly typeName = "RangeAreas";
  private areasProxy: FakeCollection<FakeRange> | undefined;

  constructor(context: FakeRequestContext, where: string, resolver: () => RangeTarget[] | null) {
    super(context, where, resolver, true);
  }

  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }

  get areas(): FakeCollection<FakeRange> {
    this.areasProxy ??= new FakeCollection(this.context, "RangeCollection", `${this.where}.areas`, () => {
      this.context.assertApi("1.9", "RangeAreas.areas");
      const targets = this.target() ?? [];
      return targets.map((t, i) => new FakeRange(this.context, `${this.where}.areas[${i}]`, () => t));
    });
    return this.areasProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  protected scalarReaders(): Record<string, (t: RangeTarget[]) => unknown> {
    return {
      address: (targets) => targets.map((t) => formatAddress(t.sheet.name, t.rect)).join(", "),
      areaCount: (targets) => targets.length,
    };
  }
}
