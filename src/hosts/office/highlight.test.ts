import { createFakeExcel } from "../../../test/fakeExcel";
import { sheet, workbook } from "../../../test/helpers/grid";
import { sampleHighlight } from "../../../test/helpers/remediationLayout";
import { isHostError } from "../errors";
import { formulaShape, HIGHLIGHT_SETTING } from "./highlightRecords";
import { createOfficeHost } from "./officeHost";

/** "Điểm" with scores in D (max) and F (appraised) on rows 6–11, as sampleHighlight expects. */
function scoringBook(options: { protected?: boolean } = {}) {
  const rows = [
    ["BẢNG ĐIỂM"], [], [], [], ["TT", "Tiêu chí", "", "Tối đa", "Tự chấm", "Thẩm định"],
    ["1", "Chỉ đạo", null, 10, 10, 8.92], ["1.1", "Kế hoạch", null, 1, 1, 1], ["1.2", "Hoàn thành", null, 1.5, 1.5, 1.42],
    ["1.3", "Báo cáo", null, 1, 1, 0.5], ["1.4", "Kiểm tra", null, 1, 1, { error: "#REF!" }], ["1.5", "Khác", null, 1, 1, 1],
  ];
  return workbook(sheet("Điểm", rows, { protected: options.protected }), sheet("Khác", [["x"]]));
}

/** The user's own formatting: fills, fonts, number formats and conditional formats, on and off the score column. */
function seedUserFormats(fake: ReturnType<typeof createFakeExcel>) {
  fake.workbook.setFormat("Điểm", "A5:F5", { bold: true, fill: "#D9E1F2" });
  fake.workbook.setFormat("Điểm", "F6:F11", { fontName: "Arial", italic: true, fill: "#FFFF00" });
  fake.workbook.setNumberFormat("Điểm", "D6:F11", "0.00");
  fake.workbook.addConditionalFormat("Điểm", "F6:F11", "=F6>9", "#00FF00");
  fake.workbook.addConditionalFormat("Điểm", "F6:F11", "=AND(ISNUMBER(F6),ISNUMBER(D6),F6<D6-0.005)", "#123456");
}

describe("Office host: highlight and clear", () => {
  it("adds one custom conditional format per rule and remembers them in the document settings", async () => {
    const fake = createFakeExcel(scoringBook());
    await createOfficeHost(fake.excel, fake.office).applyHighlight(sampleHighlight());

    expect(fake.workbook.conditionalFormats("Điểm").map(({ type, range, formula, fill }) => ({ type, range, formula, fill }))).toEqual([
      { type: "Custom", range: "F6:F11", formula: "=AND(ISNUMBER(F6),ISNUMBER(D6),F6<D6-0.005)", fill: "#FCE4D6" },
      { type: "Custom", range: "F10", formula: "=ISERROR(F10)", fill: "#F8CBAD" },
    ]);
    expect(fake.office.context.document.settings.saved()[HIGHLIGHT_SETTING]).toHaveLength(2);
    expect(fake.stats.syncCount).toBe(2);
  });

  it("highlight then clear leaves every user format identical, including the user's own conditional formats", async () => {
    const fake = createFakeExcel(scoringBook());
    seedUserFormats(fake);
    const before = fake.workbook.formatState("Điểm");
    const host = createOfficeHost(fake.excel, fake.office);

    await host.applyHighlight(sampleHighlight());
    expect(fake.workbook.conditionalFormats("Điểm")).toHaveLength(4);
    expect(await host.clearHighlight()).toBe(2);

    expect(fake.workbook.formatState("Điểm")).toEqual(before);
    expect(fake.office.context.document.settings.saved()[HIGHLIGHT_SETTING]).toBeUndefined();
    expect(await host.clearHighlight()).toBe(0);
  });

  it("does not stack rules when highlighting twice, and a new host (reopened workbook) still clears them", async () => {
    const fake = createFakeExcel(scoringBook());
    await createOfficeHost(fake.excel, fake.office).applyHighlight(sampleHighlight());
    await createOfficeHost(fake.excel, fake.office).applyHighlight(sampleHighlight());
    expect(fake.workbook.conditionalFormats("Điểm")).toHaveLength(2);

    expect(await createOfficeHost(fake.excel, fake.office).clearHighlight()).toBe(2);
    expect(fake.workbook.conditionalFormats("Điểm")).toEqual([]);
  });

  it("refuses a protected sheet before any write: sheet_protected naming it, no write in any request", async () => {
    const fake = createFakeExcel(scoringBook({ protected: true }));
    seedUserFormats(fake);
    const before = fake.workbook.formatState("Điểm");

    const error = await createOfficeHost(fake.excel, fake.office).applyHighlight(sampleHighlight()).catch((e: unknown) => e);

    expect(isHostError(error) && error.code).toBe("sheet_protected");
    expect(isHostError(error) && error.target).toBe("Điểm");
    expect((error as Error).message).toContain("Điểm");
    expect(fake.stats.syncs.map((s) => s.writes)).toEqual([0]);
    expect(fake.workbook.formatState("Điểm")).toEqual(before);
    expect(fake.office.context.document.settings.saved()).toEqual({});
  });

  it("refuses to clear on a sheet protected since, and keeps the records", async () => {
    const fake = createFakeExcel(scoringBook());
    const host = createOfficeHost(fake.excel, fake.office, { lang: "en" });
    await host.applyHighlight(sampleHighlight());
    fake.workbook.setProtected("Điểm", true);
    fake.stats.reset();

    const error = await host.clearHighlight().catch((e: unknown) => e);

    expect(isHostError(error) && error.code).toBe("sheet_protected");
    expect((error as Error).message).toMatch(/protected/);
    expect(fake.stats.syncs.every((s) => s.writes === 0)).toBe(true);
    expect(fake.workbook.conditionalFormats("Điểm")).toHaveLength(2);
    expect(fake.office.context.document.settings.saved()[HIGHLIGHT_SETTING]).toHaveLength(2);
  });

  it("clears nothing of a sheet deleted or renamed since (its records are dropped)", async () => {
    const fake = createFakeExcel(scoringBook(), {
      settings: { [HIGHLIGHT_SETTING]: [{ sheet: "Đã xóa", range: "A1", formula: "=TRUE", fill: "#FCE4D6" }] },
    });
    expect(await createOfficeHost(fake.excel, fake.office).clearHighlight()).toBe(0);
    expect(fake.office.context.document.settings.saved()).toEqual({});
  });

  it("puts its rules above the user's own (Excel adds at the top priority), in the plan's order", async () => {
    const fake = createFakeExcel(scoringBook());
    seedUserFormats(fake);
    await createOfficeHost(fake.excel, fake.office).applyHighlight(sampleHighlight());
    expect(fake.workbook.conditionalFormats("Điểm").map((f) => f.fill)).toEqual(["#FCE4D6", "#F8CBAD", "#00FF00", "#123456"]);
  });

  it("after rows are inserted above the table, clear removes its moved rules and highlight replaces them", async () => {
    const fake = createFakeExcel(scoringBook());
    seedUserFormats(fake);
    const host = createOfficeHost(fake.excel, fake.office);
    await host.applyHighlight(sampleHighlight());
    fake.workbook.insertRows("Điểm", 3, 2);
    expect(fake.workbook.conditionalFormats("Điểm").slice(0, 2).map(({ range, formula }) => ({ range, formula }))).toEqual([
      { range: "F8:F13", formula: "=AND(ISNUMBER(F8),ISNUMBER(D8),F8<D8-0.005)" },
      { range: "F12", formula: "=ISERROR(F12)" },
    ]);
    const userRules = fake.workbook.conditionalFormats("Điểm").slice(2);

    await createOfficeHost(fake.excel, fake.office).applyHighlight(sampleHighlight());
    expect(fake.workbook.conditionalFormats("Điểm")).toHaveLength(4);

    expect(await createOfficeHost(fake.excel, fake.office).clearHighlight()).toBe(2);
    expect(fake.workbook.conditionalFormats("Điểm")).toEqual(userRules);
    expect(fake.office.context.document.settings.saved()[HIGHLIGHT_SETTING]).toBeUndefined();
  });

  it("clears both halves of a rule Excel split when cells were pasted over it, and nothing of the user's", async () => {
    const fake = createFakeExcel(scoringBook());
    seedUserFormats(fake);
    const host = createOfficeHost(fake.excel, fake.office);
    await host.applyHighlight(sampleHighlight());
    fake.workbook.pasteOverRows("Điểm", 8, 8);
    const ours = fake.workbook.conditionalFormats("Điểm").filter((f) => f.fill === "#FCE4D6");
    expect(ours.map(({ range, formula }) => ({ range, formula }))).toEqual([
      { range: "F6:F7", formula: "=AND(ISNUMBER(F6),ISNUMBER(D6),F6<D6-0.005)" },
      { range: "F9:F11", formula: "=AND(ISNUMBER(F9),ISNUMBER(D9),F9<D9-0.005)" },
    ]);
    const userRules = fake.workbook.conditionalFormats("Điểm").filter((f) => f.fill !== "#FCE4D6" && f.fill !== "#F8CBAD");
    expect(userRules).toHaveLength(4); // the user's two rules were split as well

    expect(await host.clearHighlight()).toBe(3);
    expect(fake.workbook.conditionalFormats("Điểm")).toEqual(userRules);
  });
});

describe("formulaShape", () => {
  it("blanks cell references only: not functions, numbers or text", () => {
    expect(formulaShape('=AND(ISNUMBER($F6),LOG10(F$7)>1E5,F6<D6-0.005,B1="A2")')).toBe('=AND(ISNUMBER(@),LOG10(@)>1E5,@<@-0.005,@="A2")');
    expect(formulaShape("=and(isnumber(F16), F16 < 2-0.005)")).toBe(formulaShape("=AND(ISNUMBER(F6),F6<2-0.005)"));
  });
});
