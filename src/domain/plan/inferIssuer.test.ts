import { inferIssuer } from "./inferIssuer";

describe("inferIssuer", () => {
  it("reads a labelled unit line: place, and for a Sở its provincial People's Committee", () => {
    expect(inferIssuer(["BẢNG ĐIỂM … NĂM 2020", "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh"], "Sở Ngoại vụ")).toEqual({
      parentBody: "UBND tỉnh Hà Tĩnh",
      body: "Sở Ngoại vụ",
      place: "Hà Tĩnh",
    });
  });

  it("reads a single title line in capitals the same way (seed 000's workbook)", () => {
    const title = ["SỞ NGOẠI VỤ TỈNH HÀ TĨNH", "KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"];
    expect(inferIssuer(title, "SỞ NGOẠI VỤ")).toEqual({ parentBody: "UBND tỉnh Hà Tĩnh", body: "SỞ NGOẠI VỤ", place: "Hà Tĩnh" });
  });

  it("takes the unit line above the body as its parent (seed 004's form), in one cell or two", () => {
    const title = ["UBND TỈNH", "VĂN PHÒNG UBND TỈNH", "BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2018"];
    expect(inferIssuer(title, "VĂN PHÒNG UBND TỈNH")).toEqual({ parentBody: "UBND TỈNH", body: "VĂN PHÒNG UBND TỈNH", place: null });
    expect(inferIssuer(["UBND TỈNH HÀ TĨNH\nSỞ TƯ PHÁP"], "SỞ TƯ PHÁP")).toEqual({
      parentBody: "UBND TỈNH HÀ TĨNH",
      body: "SỞ TƯ PHÁP",
      place: "Hà Tĩnh",
    });
  });

  it("gives no parent for a body that is not a Sở, and the city as the place", () => {
    expect(inferIssuer(["Cơ quan: Ban Quản lý các khu công nghiệp thành phố Cần Thơ"], "Ban Quản lý các khu công nghiệp thành phố Cần Thơ")).toEqual({
      parentBody: null,
      body: "Ban Quản lý các khu công nghiệp thành phố Cần Thơ",
      place: "Cần Thơ",
    });
  });

  it("invents nothing when no unit is named", () => {
    expect(inferIssuer(["KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC", "UBND TỈNH HÀ TĨNH"], null)).toEqual({ parentBody: null, body: null, place: null });
  });

  it("keeps the body alone when its line is not in the title rows (a label on another sheet)", () => {
    expect(inferIssuer(["BẢNG TỰ CHẤM ĐIỂM"], "UBND xã Thạch Hạ")).toEqual({ parentBody: null, body: "UBND xã Thạch Hạ", place: null });
  });
});
