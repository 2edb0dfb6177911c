import { intersects } from "./address";
import { FakeClientObject, FakeCollection, type Loadable } from "./clientObject";
import { fakeError } from "./fakeError";
import type { ConditionalFormatModel, SheetModel } from "./model";
import type { FakeRequestContext } from "./requestContext";
import { FakeRange } from "./rangeProxies";
import { assertWritable, type RangeTarget } from "./rangeWrites";

/** Excel's conditional formats (ExcelApi 1.6): the collection of a range, custom (formula) rules, delete. */

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** Range.conditionalFormats: the formats intersecting the range; `add` covers the range, at the top priority. */
export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(context: FakeRequestContext, private readonly collectionWhere: string, private readonly rangeResolver: () => RangeTarget) {
    super(context, "ConditionalFormatCollection", collectionWhere, () => {
      const range = rangeResolver();
      return range.sheet.conditionalFormats
        .filter((cf) => intersects(cf.rect, range.rect))
        .map((cf) => new FakeConditionalFormat(context, `${collectionWhere}[${cf.id}]`, () => ({ sheet: range.sheet, cf })));
    });
  }

  add(type: string): FakeConditionalFormat {
    let created: CfTarget | undefined;
    this.context.enqueue({
      kind: "write",
      op: "ConditionalFormatCollection.add",
      target: this.collectionWhere,
      payload: type,
      run: () => {
        const range = this.rangeResolver();
        assertWritable(range.sheet, "ConditionalFormatCollection.add");
        const model = this.context.model;
        const cf: ConditionalFormatModel = { id: `{CF-${model.nextConditionalFormatId++}}`, type, rect: { ...range.rect }, formula: "", fill: null };
        // As Excel documents it: a new conditional format goes to the first/top priority.
        range.sheet.conditionalFormats.unshift(cf);
        created = { sheet: range.sheet, cf };
      },
    });
    return new FakeConditionalFormat(this.context, `${this.collectionWhere}[new]`, () => {
      if (!created) throw fakeError("ItemNotFound", "ConditionalFormat");
      return created;
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, `${this.collectionWhere}[${id}]`, () => {
      const range = this.rangeResolver();
      const cf = range.sheet.conditionalFormats.find((c) => c.id === id && intersects(c.rect, range.rect));
      if (!cf) throw fakeError("ItemNotFound", "ConditionalFormatCollection.getItem");
      return { sheet: range.sheet, cf };
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  protected readonly typeName = "ConditionalFormat";
  private customProxy: FakeCustomConditionalFormat | undefined;
  private customOrNullProxy: FakeCustomConditionalFormat | undefined;

  get id(): string { return this.read("id"); }
  get type(): string { return this.read("type"); }
  get priority(): number { return this.read("priority"); }
  get stopIfTrue(): boolean { return this.read("stopIfTrue"); }

  get custom(): FakeCustomConditionalFormat {
    this.customProxy ??= new FakeCustomConditionalFormat(this.context, `${this.where}.custom`, () => {
      const t = this.requireTarget("ConditionalFormat.custom");
      if (t.cf.type !== "Custom") throw fakeError("InvalidOperation", "ConditionalFormat.custom");
      return t;
    });
    return this.customProxy;
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    this.customOrNullProxy ??= new FakeCustomConditionalFormat(this.context, `${this.where}.customOrNull`, () => {
      const t = this.requireTarget("ConditionalFormat.customOrNullObject");
      return t.cf.type === "Custom" ? t : null;
    }, true);
    return this.customOrNullProxy;
  }

  delete(): void {
    this.queueWrite("delete", undefined, (t) => {
      assertWritable(t.sheet, "ConditionalFormat.delete");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this.where}.range`, () => {
      const t = this.requireTarget("ConditionalFormat.getRangeOrNullObject");
      return { sheet: t.sheet, rect: t.cf.rect };
    }, true);
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "custom") return this.custom;
    if (name === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }

  protected scalarReaders(): Record<string, (t: CfTarget) => unknown> {
    return {
      id: (t) => t.cf.id,
      type: (t) => t.cf.type,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
      stopIfTrue: () => false,
    };
  }
}

/** ConditionalFormat.custom: `rule.formula` and `format.fill.color`. */
export class FakeCustomConditionalFormat extends FakeClientObject<CfTarget> {
  protected readonly typeName = "CustomConditionalFormat";
  private parts: { rule?: FakeCfPart; format?: FakeCfFormat } = {};

  constructor(context: FakeRequestContext, where: string, resolver: () => CfTarget | null, nullable = false) {
    super(context, where, resolver, nullable);
  }

  get rule(): FakeCfPart {
    return (this.parts.rule ??= new FakeCfPart(this.context, `${this.where}.rule`, () => this.target(), "ConditionalFormatRule", "formula"));
  }

  get format(): FakeCfFormat {
    return (this.parts.format ??= new FakeCfFormat(this.context, `${this.where}.format`, () => this.target()));
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }

  protected scalarReaders(): Record<string, (t: CfTarget) => unknown> {
    return {};
  }
}

/** The rule (`formula`) or the fill (`color`) of a custom conditional format. */
export class FakeCfPart extends FakeClientObject<CfTarget> {
  constructor(
    context: FakeRequestContext,
    where: string,
    resolver: () => CfTarget | null,
    protected readonly typeName: string,
    private readonly field: "formula" | "color",
  ) {
    super(context, where, resolver);
  }

  get formula(): string { return this.read("formula"); }
  set formula(value: string) { this.setField(value); }
  get color(): string | null { return this.read("color"); }
  set color(value: string | null) { this.setField(value); }

  private setField(value: string | null): void {
    this.queueWrite(`${this.field}=`, value, (t) => {
      assertWritable(t.sheet, `${this.typeName}.${this.field}`);
      if (this.field === "formula") t.cf.formula = String(value);
      else t.cf.fill = value ? value.toUpperCase() : null;
    });
  }

  protected scalarReaders(): Record<string, (t: CfTarget) => unknown> {
    return this.field === "formula" ? { formula: (t) => t.cf.formula } : { color: (t) => t.cf.fill };
  }
}

export class FakeCfFormat extends FakeClientObject<CfTarget> {
  protected readonly typeName = "ConditionalRangeFormat";
  private fillProxy: FakeCfPart | undefined;

  get fill(): FakeCfPart {
    return (this.fillProxy ??= new FakeCfPart(this.context, `${this.where}.fill`, () => this.target(), "ConditionalRangeFill", "color"));
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "fill" ? this.fill : undefined;
  }

  protected scalarReaders(): Record<string, (t: CfTarget) => unknown> {
    return {};
  }
}
