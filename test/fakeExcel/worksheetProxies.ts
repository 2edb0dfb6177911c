import { parseRangeAddress } from "./address";
import { FakeClientObject, FakeCollection, type Loadable } from "./clientObject";
import { fakeError } from "./fakeError";
import { findSheet, newSheet, usedRect, type SheetModel } from "./model";
import { FakeRange } from "./rangeProxies";
import type { FakeRequestContext } from "./requestContext";
import { assertWritable } from "./rangeWrites";

/** Excel.Workbook, WorksheetCollection, Worksheet, WorksheetProtection and PageLayout. */

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function assertValidSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw fakeError("InvalidArgument", "WorksheetCollection.add", `Bad sheet name "${name}".`);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection", "worksheets", () =>
      context.model.sheets.map((s) => new FakeWorksheet(context, `ws[${s.name}]`, () => s)),
    );
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `ws[${key}]`, () => {
      const sheet = findSheet(this.context.model, key);
      if (!sheet) throw fakeError("ItemNotFound", "WorksheetCollection.getItem", `No sheet "${key}".`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `ws[${key}]?`, () => {
      this.context.assertApi("1.4", "WorksheetCollection.getItemOrNullObject");
      return findSheet(this.context.model, key) ?? null;
    }, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "ws[active]", () => {
      const model = this.context.model;
      return model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
    });
  }

  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.context.enqueue({
      kind: "write",
      op: "WorksheetCollection.add",
      target: "worksheets",
      payload: name,
      run: () => {
        const model = this.context.model;
        const sheetName = name ?? `Sheet${model.nextSheetId}`;
        assertValidSheetName(sheetName);
        if (findSheet(model, sheetName)) {
          throw fakeError("ItemAlreadyExists", "WorksheetCollection.add", `A sheet named "${sheetName}" exists.`);
        }
        created = newSheet(model.nextSheetId++, sheetName);
        model.sheets.push(created);
      },
    });
    return new FakeWorksheet(this.context, `ws[${name ?? "new"}]`, () => {
      if (!created) throw fakeError("ItemNotFound", "Worksheet");
      return created;
    });
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected readonly typeName = "Worksheet";
  private protectionProxy: FakeWorksheetProtection | undefined;
  private pageLayoutProxy: FakePageLayout | undefined;

  constructor(context: FakeRequestContext, where: string, resolver: () => SheetModel | null, nullable = false) {
    super(context, where, resolver, nullable);
  }

  get name(): string { return this.read("name"); }
  get visibility(): string { return this.read("visibility"); }
  get id(): string { return this.read("id"); }
  get position(): number { return this.read("position"); }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.context, `${this.where}.protection`, () => {
      this.context.assertApi("1.2", "Worksheet.protection");
      return this.requireTarget("Worksheet.protection");
    });
    return this.protectionProxy;
  }

  get pageLayout(): FakePageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.context, `${this.where}.pageLayout`, () => {
      this.context.assertApi("1.9", "Worksheet.pageLayout");
      return this.requireTarget("Worksheet.pageLayout");
    });
    return this.pageLayoutProxy;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.where}.range[${address ?? ""}]`, () => {
      const sheet = this.requireTarget("Worksheet.getRange");
      return { sheet, rect: address ? parseRangeAddress(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 } };
    });
  }

  /** The used range; A1 for a blank sheet, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.where}.used`, () => {
      const sheet = this.requireTarget("Worksheet.getUsedRange");
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.where}.used?`, () => {
      this.context.assertApi("1.4", "Worksheet.getUsedRangeOrNullObject");
      const sheet = this.requireTarget("Worksheet.getUsedRangeOrNullObject");
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    }, true);
  }

  activate(): void {
    this.queueWrite("activate", undefined, (sheet) => {
      if (sheet.visibility !== "Visible") throw fakeError("InvalidOperation", "Worksheet.activate", "The sheet is hidden.");
      this.context.model.activeSheetId = sheet.id;
    });
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "protection") return this.protection;
    if (name === "pageLayout") return this.pageLayout;
    return undefined;
  }

  protected scalarReaders(): Record<string, (s: SheetModel) => unknown> {
    return {
      name: (s) => s.name,
      visibility: (s) => s.visibility,
      id: (s) => `{SHEET-${s.id}}`,
      position: (s) => this.context.model.sheets.indexOf(s),
    };
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  protected readonly typeName = "WorksheetProtection";

  get protected(): boolean { return this.read("protected"); }

  protected scalarReaders(): Record<string, (s: SheetModel) => unknown> {
    return { protected: (s) => s.protected };
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, print title rows. */
export class FakePageLayout extends FakeClientObject<SheetModel> {
  protected readonly typeName = "PageLayout";

  get orientation(): string { return this.read("orientation"); }
  set orientation(value: string) { this.setPage("orientation", value, (s) => (s.pageLayout.orientation = value)); }
  get paperSize(): string { return this.read("paperSize"); }
  set paperSize(value: string) { this.setPage("paperSize", value, (s) => (s.pageLayout.paperSize = value)); }

  setPrintTitleRows(rows: string | FakeRange): void {
    if (typeof rows !== "string") throw new Error("fake Excel: pass print title rows as an address such as \"$3:$3\"");
    this.setPage("setPrintTitleRows", rows, (s) => {
      parseRangeAddress(rows);
      s.pageLayout.printTitleRows = rows;
    });
  }

  private setPage(op: string, value: unknown, apply: (sheet: SheetModel) => void): void {
    this.queueWrite(op, value, (sheet) => {
      assertWritable(sheet, `PageLayout.${op}`);
      apply(sheet);
    });
  }

  protected scalarReaders(): Record<string, (s: SheetModel) => unknown> {
    return { orientation: (s) => s.pageLayout.orientation, paperSize: (s) => s.pageLayout.paperSize };
  }
}
