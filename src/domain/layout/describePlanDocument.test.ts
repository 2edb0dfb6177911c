import { buildAnalysis } from "../../../test/helpers/analysis";
import { SEED_000 } from "../../../test/helpers/seed000";
import { dateText, describePlanDocument, type PlanDocumentInput } from "./describePlanDocument";
import { layoutRemediationSheet } from "./layoutRemediationSheet";
import { UNKNOWN, type DocumentBlock } from "./planDocument";
import { planRemediation } from "../plan/planRemediation";
import type { PlanOptions } from "../plan/remediation";

const analysis = buildAnalysis(SEED_000);
const facts = { year: 2021, appraisedYear: 2020 };

function describeSeed(input: Partial<PlanDocumentInput> = {}, plan: Partial<PlanOptions> = {}) {
  const table = planRemediation(analysis, { year: 2021, ...plan });
  return { table, doc: describePlanDocument({ analysis, table, facts, ...input }) };
}

const texts = (blocks: DocumentBlock[]) => blocks.map((block) => block.text);

describe("describePlanDocument", () => {
  it("takes the appendix from the GIẢI PHÁP sheet's layout, cell by cell and line by line (one source)", () => {
    const { table, doc } = describeSeed();
    const layout = layoutRemediationSheet(table);
    expect(doc.appendix.headers).toEqual(layout.cells[layout.headerRow]);
    expect(doc.appendix.rows.map((row) => row.map((lines) => lines.join("\n")))).toEqual(layout.cells.slice(layout.headerRow + 1));
    expect([doc.appendix.title, doc.appendix.subtitle]).toEqual([table.title, table.subtitle]);
  });

  it("shows a visible blank for everything nobody gave and the workbook does not say — never a made-up name or number", () => {
    const { doc } = describeSeed();
    expect(doc.header).toEqual({
      parentBody: null,
      body: UNKNOWN,
      number: "Số: …/KH-…",
      placeDate: "…, ngày … tháng … năm 2021",
    });
    expect(doc.signature).toEqual({ authority: null, title: UNKNOWN, name: UNKNOWN });
    expect(doc.appendix.attachedTo).toBe("(Kèm theo Kế hoạch số …/KH-… ngày … tháng … năm 2021 của …)");
    expect(texts(doc.body).join("\n")).toContain("Giao … theo dõi");
  });

  it("uses the title rows' body and place, and the head's title a Sở is signed by", () => {
    const { doc } = describeSeed({ issuer: { parentBody: "UBND tỉnh Hà Tĩnh", body: "Sở Ngoại vụ", place: "Hà Tĩnh" } });
    expect(doc.header).toMatchObject({ parentBody: "UBND TỈNH HÀ TĨNH", body: "SỞ NGOẠI VỤ", placeDate: "Hà Tĩnh, ngày … tháng … năm 2021" });
    expect(doc.signature).toEqual({ authority: null, title: "GIÁM ĐỐC", name: UNKNOWN });
  });

  it("lets the user's fields win, and does not pair a given body with the workbook's parent", () => {
    const { doc } = describeSeed({
      issuer: { parentBody: "UBND tỉnh Hà Tĩnh", body: "Sở Ngoại vụ", place: "Hà Tĩnh" },
      options: {
        body: "Văn phòng UBND tỉnh",
        number: "12",
        abbreviation: "VP",
        date: { year: 2021, month: 2, day: 5 },
        signerAuthority: "KT. Chánh Văn phòng",
        signerTitle: "Phó Chánh Văn phòng",
        signerName: "Cao Xuân Hải",
      },
    });
    expect(doc.header).toEqual({
      parentBody: null,
      body: "VĂN PHÒNG UBND TỈNH",
      number: "Số: 12/KH-VP",
      placeDate: "Hà Tĩnh, ngày 05 tháng 02 năm 2021",
    });
    expect(doc.signature).toEqual({ authority: "KT. CHÁNH VĂN PHÒNG", title: "PHÓ CHÁNH VĂN PHÒNG", name: "Cao Xuân Hải" });
  });

  it("writes dates as Nghị định 30 does: a 0 before days below 10 and before months 1 and 2", () => {
    expect(dateText({ year: 2021, month: 3, day: 15 }, 2021)).toBe("ngày 15 tháng 3 năm 2021");
    expect(dateText({ year: 2021, month: 1, day: 9 }, 2021)).toBe("ngày 09 tháng 01 năm 2021");
    expect(dateText({ year: 2021, month: 12, day: 31 }, 2021)).toBe("ngày 31 tháng 12 năm 2021");
    expect(dateText(undefined, 2022)).toBe("ngày … tháng … năm 2022");
  });

  it("gives each step its deadline, and lead and helping units only when known: the template's, else the options'", () => {
    const templates = [{ code: "1.2", step: "Bám sát kế hoạch của tỉnh.", deadline: "Quý I/2021", note: "", lead: "Văn phòng Sở", support: "Các phòng" }];
    const { doc } = describeSeed({ options: { leadUnit: "Phòng Tổng hợp" } }, { templates });
    const body = texts(doc.body);
    const at = body.indexOf("- Bám sát kế hoạch của tỉnh.");
    expect(body.slice(at + 1, at + 4)).toEqual(["+ Thời hạn hoàn thành: Quý I/2021", "+ Đơn vị chủ trì: Văn phòng Sở", "+ Đơn vị phối hợp: Các phòng"]);
    const other = body.findIndex((text, index) => index > at + 3 && text.startsWith("- "));
    expect(body[other + 2]).toBe("+ Đơn vị chủ trì: Phòng Tổng hợp");
    expect(body).not.toContain("+ Đơn vị phối hợp: undefined");
    const { doc: plain } = describeSeed();
    expect(texts(plain.body).some((text) => text.startsWith("+ Đơn vị"))).toBe(false);
  });

  it("states the total and the deductions in the intro, and says self-assessed when the scores are", () => {
    const { doc } = describeSeed();
    expect(doc.body[0].text).toBe(
      "Căn cứ kết quả thẩm định, đánh giá Chỉ số cải cách hành chính năm 2020, đơn vị đạt 75,25/80 điểm, bị trừ điểm ở 10 tiêu chí thuộc 6 lĩnh vực.",
    );
    const named = describeSeed({ options: { body: "Sở Ngoại vụ" } }).doc;
    expect(named.body[1].text).toBe("Để khắc phục kịp thời các tồn tại, hạn chế đã được chỉ ra, Sở Ngoại vụ xây dựng Kế hoạch khắc phục với các nội dung sau:");
    const capitals = describeSeed({ issuer: { parentBody: null, body: "SỞ NGOẠI VỤ", place: null } }).doc;
    expect(capitals.body[0].text).toContain(", đơn vị đạt 75,25/80 điểm");
    const self = buildAnalysis(SEED_000, { scoreSource: "self" });
    const selfDoc = describePlanDocument({ analysis: self, table: planRemediation(self, { year: 2021 }), facts });
    expect(selfDoc.summary).toContain("theo kết quả tự đánh giá Chỉ số cải cách hành chính năm 2020");
  });

  it("heads a full-mark area's part as a result, not a shortcoming", () => {
    const { doc } = describeSeed();
    const body = texts(doc.body);
    const area3 = body.indexOf("3. Cải cách thủ tục hành chính");
    expect(body.slice(area3 + 1, area3 + 3)).toEqual([
      "a) Kết quả đánh giá",
      "Tiêu chí 3: Cải cách thủ tục hành chính: Đoàn thẩm định đánh giá đạt 14,5/14,5 điểm.",
    ]);
  });

  it("lists Nơi nhận with '- ' and ';', the last line ending with '.'", () => {
    const { doc } = describeSeed({ options: { recipients: ["UBND tỉnh (để b/c);", "- Sở Nội vụ", "Lưu: VT, VPTTr."] } });
    expect(doc.recipients).toEqual(["- UBND tỉnh (để b/c);", "- Sở Nội vụ;", "- Lưu: VT, VPTTr."]);
  });
});
