import { AREA_PROFILES, findAreaProfile } from "./areaSteps";

describe("findAreaProfile", () => {
  // Area titles as seeds 000 and 004 and other frameworks write them; numbering is never used.
  it.each([
    ["Chỉ đạo, điều hành công tác cải cách hành chính", "direction"],
    ["Công tác chỉ đạo điều hành", "direction"],
    ["Xây dựng và tổ chức thực hiện văn bản QPPL", "institutions"],
    ["Trong công tác xây dựng văn bản QPPL", "institutions"],
    ["Cải cách thể chế", "institutions"],
    ["Cải cách thủ tục hành chính", "procedures"],
    ["Cải cách TTHC", "procedures"],
    ["Cải cách tổ chức bộ máy hành chính", "organisation"],
    ["Xây dựng và nâng cao chất lượng đội ngũ CBCCVN", "civilService"],
    ["Nâng cao đội ngũ cán bộ", "civilService"],
    ["Cải cách chế độ công vụ", "civilService"],
    ["Cải cách tài chính công", "publicFinance"],
    ["Hiện đại hóa hành chính nhà nước", "modernisation"],
    ["Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "modernisation"],
    ["Tác động của cải cách hành chính đến người dân và tổ chức", "impact"],
    ["Đánh giá tác động (điều tra xã hội học)", "impact"],
  ])("recognises %p as %s", (title, kind) => {
    expect(findAreaProfile(title).kind).toBe(kind);
  });

  it("writes steps naming an area it does not know", () => {
    const profile = findAreaProfile("Công tác văn thư, lưu trữ");
    expect(profile.kind).toBe("other");
    expect(profile.remedy.text).toContain("công tác văn thư, lưu trữ");
    expect(profile.keepUp.text).toMatch(/^Phát huy kết quả đạt được, tiếp tục .*công tác văn thư, lưu trữ\.$/);
  });

  it("gives every standard area a remedy and a keep-up step tailored to it, as plain sentences", () => {
    expect(AREA_PROFILES.map((p) => p.kind).sort()).toHaveLength(8);
    const keepUps = new Set(AREA_PROFILES.map((p) => p.keepUp.text));
    expect(keepUps.size).toBe(8);
    for (const { remedy, keepUp } of AREA_PROFILES) {
      expect(keepUp.text).toMatch(/^Phát huy kết quả đạt được, tiếp tục \S.*\.$/);
      expect(remedy.text).toMatch(/^[A-ZĐÂÊÔƠƯ\p{Lu}].*\.$/u);
    }
  });
});
