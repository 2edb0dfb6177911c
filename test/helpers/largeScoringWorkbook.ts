import { round2, type CellValue, type WorkbookSnapshot } from "../../src/domain";
import { range } from "./grid";

const AREAS = [
  "Chỉ đạo, điều hành công tác cải cách hành chính",
  "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính nhà nước",
  "Cải cách chế độ công vụ",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
  "Tác động của cải cách hành chính đến người dân, tổ chức",
];

/**
 * A realistic single-table scoring sheet ("Điểm") with `criteria` criteria spread over 8 areas: merged title rows,
 * a header on row 4, codes "a.i", Vietnamese titles of ~100 characters, max / self / appraised scores (every 9th
 * criterion cut by 0,25 with a reason), evidence, a total row, and a notes sheet. Used for the sync budgets.
 */
export function largeScoringWorkbook(criteria = 5000): WorkbookSnapshot {
  const header = ["TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm", "Tài liệu kiểm chứng"];
  const rows: CellValue[][] = [
    ["BẢNG ĐIỂM TỰ ĐÁNH GIÁ VÀ KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", null, null, null, null, null, null],
    ["Đơn vị: Sở Nội vụ tỉnh Hà Tĩnh", null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    header,
  ];
  let total = { max: 0, self: 0, appraised: 0 };
  AREAS.forEach((areaTitle, a) => {
    const count = Math.floor(criteria / AREAS.length) + (a < criteria % AREAS.length ? 1 : 0);
    const children = Array.from({ length: count }, (_, i) => criterionRow(a + 1, i + 1));
    const sum = (col: number) => round2(children.reduce((s, r) => s + (r[col] as number), 0));
    rows.push([String(a + 1), areaTitle, sum(2), sum(3), sum(4), null, null], ...children);
    total = { max: round2(total.max + sum(2)), self: round2(total.self + sum(3)), appraised: round2(total.appraised + sum(4)) };
  });
  rows.push([null, "Tổng cộng", total.max, total.self, total.appraised, null, null]);
  return {
    sheets: [
      { name: "Điểm", origin: { row: 0, col: 0 }, values: rows, merges: [range("A1:G1"), range("A2:G2")] },
      { name: "Ghi chú", origin: { row: 0, col: 0 }, values: [["Bảng điểm lập theo Quyết định số 1234/QĐ-UBND."]], merges: [] },
    ],
  };
}

function criterionRow(area: number, index: number): CellValue[] {
  const max = index % 2 ? 1 : 0.5;
  const cut = index % 9 === 0;
  return [
    `${area}.${index}`,
    `Tiêu chí ${area}.${index}: Mức độ hoàn thành kế hoạch cải cách hành chính và công tác kiểm tra, giám sát năm`,
    max,
    max,
    cut ? round2(max - 0.25) : max,
    cut ? "Chưa ban hành kế hoạch kịp thời theo quy định; báo cáo chậm so với thời hạn" : null,
    "Quyết định số 123/QĐ-UBND ngày 15/01/2024",
  ];
}
