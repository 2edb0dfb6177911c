import { sheet, workbook } from "../../../test/helpers/grid";
import { readStepTemplates } from "./stepTemplates";

const scoring = sheet("Chấm điểm", [["TT", "Tiêu chí", "Điểm tối đa"], ["1", "Chỉ đạo", 10]]);

describe("readStepTemplates", () => {
  it("returns [] when the workbook has no template sheet", () => {
    expect(readStepTemplates(workbook(scoring, sheet("GIẢI PHÁP", [["TT", "Giải pháp"], ["1", "x"]])))).toEqual([]);
  });

  it("reads code, step, deadline and note under a title row, matching headers loosely", () => {
    const templates = sheet("Giải pháp mẫu", [
      ["GIẢI PHÁP MẪU CỦA ĐƠN VỊ"],
      [],
      ["Mã tiêu chí", "Tiêu chí", "Giải pháp khắc phục", "THỜI HẠN", "Ghi chú"],
      ["1.2", "Mức độ hoàn thành kế hoạch", "Bám sát kế hoạch của tỉnh.", "Quý I/2021", "Văn phòng"],
      ["Tiêu chí 2.6.1.", "Kế hoạch TDTHPL", "Ban hành riêng kế hoạch.", null, null],
      [7, "Hiện đại hóa", "Nâng cấp Cổng.", "Năm 2021", ""],
      ["", "Dòng ghi chú không có mã", "Bỏ qua", "", ""],
      ["3.1", "Không có giải pháp", null, "Quý II", ""],
    ]);
    expect(readStepTemplates(workbook(scoring, templates))).toEqual([
      { code: "1.2", step: "Bám sát kế hoạch của tỉnh.", deadline: "Quý I/2021", note: "Văn phòng" },
      { code: "2.6.1", step: "Ban hành riêng kế hoạch.", deadline: "", note: "" },
      { code: "7", step: "Nâng cấp Cổng.", deadline: "Năm 2021", note: "" },
    ]);
  });

  it.each(["GIAI PHAP MAU", "Mẫu giải pháp", " giải  pháp (mẫu) "])("finds the sheet named %p", (name) => {
    const found = readStepTemplates(workbook(sheet(name, [["Mã", "Giải pháp"], ["II", "Rà soát văn bản."]])));
    expect(found).toEqual([{ code: "2", step: "Rà soát văn bản.", deadline: "", note: "" }]);
  });

  it("splits a cell of '- ' lines into steps, pairing deadlines line by line, and carries a merged code down", () => {
    const templates = sheet(
      "Giải pháp mẫu",
      [
        ["TT", "Giải pháp", "Thời hạn"],
        ["1.5", "- Ban hành kế hoạch khắc phục\n  trong 15 ngày.\n- Báo cáo kết quả.", "- Quý I/2021\n- Thường xuyên"],
        [null, "Kiểm tra việc khắc phục.", "Quý III/2021"],
      ],
      { merges: ["A2:A3"] },
    );
    expect(readStepTemplates(workbook(templates))).toEqual([
      { code: "1.5", step: "Ban hành kế hoạch khắc phục trong 15 ngày.", deadline: "Quý I/2021", note: "" },
      { code: "1.5", step: "Báo cáo kết quả.", deadline: "Thường xuyên", note: "" },
      { code: "1.5", step: "Kiểm tra việc khắc phục.", deadline: "Quý III/2021", note: "" },
    ]);
  });

  it("returns [] when the sheet has no code or no step column", () => {
    expect(readStepTemplates(workbook(sheet("Giải pháp mẫu", [["Nội dung", "Thời hạn"], ["x", "y"]])))).toEqual([]);
  });

  it("reads a sheet whose used range does not start at A1, ignoring error values", () => {
    const templates = sheet("Giải pháp mẫu", [["Mã", "Giải pháp", "Ghi chú"], ["4.1", "Kiện toàn bộ máy.", { error: "#REF!" }]], {
      origin: { row: 3, col: 2 },
    });
    expect(readStepTemplates(workbook(templates))).toEqual([{ code: "4.1", step: "Kiện toàn bộ máy.", deadline: "", note: "" }]);
  });
});

describe("readStepTemplates keeps a template's text as given", () => {
  it("reads '-5%' and '+84' as text, not as bullets", () => {
    const templates = sheet("Giải pháp mẫu", [
      ["Mã", "Giải pháp"],
      ["1.1", "-5% chi phí hành chính so với năm trước"],
      ["1.2", "- Gọi +84 912 345 678\n- Rà soát"],
    ]);
    expect(readStepTemplates(workbook(templates)).map((t) => t.step)).toEqual([
      "-5% chi phí hành chính so với năm trước",
      "Gọi +84 912 345 678",
      "Rà soát",
    ]);
  });
});

describe("readStepTemplates: lead and helping units", () => {
  it("reads 'Đơn vị chủ trì' and 'Đơn vị phối hợp' columns onto every step of the row", () => {
    const templates = sheet("Giải pháp mẫu", [
      ["Mã", "Giải pháp", "Thời hạn", "Đơn vị chủ trì", "Đơn vị phối hợp"],
      ["1.2", "- Bám sát kế hoạch.\n- Báo cáo đúng hạn.", "Quý I/2021", "Văn phòng Sở", "Các phòng, đơn vị"],
      ["2.5", "Tổ chức thực hiện văn bản.", "Thường xuyên", "", null],
    ]);
    expect(readStepTemplates(workbook(scoring, templates))).toEqual([
      { code: "1.2", step: "Bám sát kế hoạch.", deadline: "Quý I/2021", note: "", lead: "Văn phòng Sở", support: "Các phòng, đơn vị" },
      { code: "1.2", step: "Báo cáo đúng hạn.", deadline: "Quý I/2021", note: "", lead: "Văn phòng Sở", support: "Các phòng, đơn vị" },
      { code: "2.5", step: "Tổ chức thực hiện văn bản.", deadline: "Thường xuyên", note: "" },
    ]);
  });
});
