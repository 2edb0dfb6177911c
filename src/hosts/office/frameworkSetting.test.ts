import { createFakeExcel } from "../../../test/fakeExcel";
import { sheet, workbook } from "../../../test/helpers/grid";
import { createOfficeHost } from "./officeHost";
import { FRAMEWORK_SETTING } from "./frameworkSetting";

const book = () => workbook(sheet("Điểm", [["TT", "Điểm"], ["1.1", 1]]));
const framework = { name: "Khung 2024", total: 80, criteria: [{ code: "1", title: "Chỉ đạo", max: 10 }, { code: "1.2", title: "Kế hoạch", max: 1.5, assessed: false }] };

describe("Office host: the framework remembered in the document settings", () => {
  it("saves the framework, reads it back, and forgets it", async () => {
    const fake = createFakeExcel(book());
    const host = createOfficeHost(fake.excel, fake.office);
    expect(await host.loadFramework?.()).toBeNull();
    await host.saveFramework?.(framework);
    expect(fake.office.context.document.settings.saved()[FRAMEWORK_SETTING]).toEqual(framework);
    expect(await host.loadFramework?.()).toEqual(framework);
    await host.saveFramework?.(null);
    expect(fake.office.context.document.settings.saved()[FRAMEWORK_SETTING]).toBeUndefined();
    expect(await host.loadFramework?.()).toBeNull();
  });

  it("ignores a setting edited by hand into something that is no framework", async () => {
    const fake = createFakeExcel(book(), { settings: { [FRAMEWORK_SETTING]: { criteria: [{ code: "x" }] } } });
    expect(await createOfficeHost(fake.excel, fake.office).loadFramework?.()).toBeNull();
  });
});
