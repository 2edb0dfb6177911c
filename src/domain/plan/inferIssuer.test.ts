import { inferIssuer } from "./inferIssuer";

describe("inferIssuer", () => {
  it("reads a labelled unit line: body, place, and for a Sở its provincial People's Committee", () => {
    expect(inferIssuer(["BẢNG ĐIỂM … NĂM 2020", "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh"])).toEqual({
      parentBody: "UBND tỉnh Hà Tĩnh",
      body: "Sở Ngoại vụ",
      place: "Hà Tĩnh",
    });
  });

  it("reads the name from the cell after an 'Đơn vị' label cell", () => {
    expect(inferIssuer(["Đơn vị", "UBND xã Thạch Hạ", "Năm đánh giá"])).toEqual({ parentBody: null, body: "UBND xã Thạch Hạ", place: null });
  });

  it("reads a single title line in capitals the same way (seed 000's workbook)", () => {
    expect(inferIssuer(["SỞ NGOẠI VỤ TỈNH HÀ TĨNH", "KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"])).toEqual({
      parentBody: "UBND tỉnh Hà Tĩnh",
      body: "SỞ NGOẠI VỤ",
      place: "Hà Tĩnh",
    });
  });

  it("takes two body lines in capitals as parent and body (seed 004's form)", () => {
    expect(inferIssuer(["UBND TỈNH", "VĂN PHÒNG UBND TỈNH", "BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2018"])).toEqual({
      parentBody: "UBND TỈNH",
      body: "VĂN PHÒNG UBND TỈNH",
      place: null,
    });
  });

  it("gives no parent for a body that is not a Sở, and the city as the place", () => {
    expect(inferIssuer(["Cơ quan: Ban Quản lý các khu công nghiệp thành phố Cần Thơ"])).toEqual({
      parentBody: null,
      body: "Ban Quản lý các khu công nghiệp",
      place: "Cần Thơ",
    });
  });

  it("invents nothing when the title rows name no body", () => {
    for (const texts of [[], ["KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC"], ["BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC CẤP XÃ NĂM 2023"], ["Hướng dẫn: nhập điểm"],
      // Starts like "Bộ …", "Ban …", "Sở …" but names the form (split-ubnd-xa-2023.xlsx's title).
      ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2023"], ["BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 12/QĐ-UBND"],
      ["SỞ TIÊU CHÍ ĐÁNH GIÁ"]]) {
      expect(inferIssuer(texts)).toEqual({ parentBody: null, body: null, place: null });
    }
  });
});
