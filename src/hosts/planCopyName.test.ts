import { planCopyName } from "./planCopyName";

it("names the copy <name>.giai-phap.xlsx, keeping dots inside the name", () => {
  expect(planCopyName("so-ngoai-vu-2020.xlsx")).toBe("so-ngoai-vu-2020.giai-phap.xlsx");
  expect(planCopyName("Bảng điểm v1.2.xlsx")).toBe("Bảng điểm v1.2.giai-phap.xlsx");
  expect(planCopyName("bang-diem")).toBe("bang-diem.giai-phap.xlsx");
});

it("keeps an .xlsm an .xlsm (the copy keeps its macros)", () => {
  expect(planCopyName("bang-diem.XLSM")).toBe("bang-diem.giai-phap.xlsm");
});
