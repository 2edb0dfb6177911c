/**
 * Browser entry that stands in for office/office.js in the real-browser test (bundled by bundleFakeOffice.ts):
 * installs the strict fake Excel holding the snapshot the test injected as `window.__CCHC_SNAPSHOT__`, as
 * window.Excel and window.Office, and exposes it as `window.__fakeExcel` so the test can inspect the workbook.
 */
import type { WorkbookSnapshot } from "../../src/domain";
import { createFakeExcel } from "../fakeExcel";

const page = window as unknown as Record<string, unknown> & { __CCHC_SNAPSHOT__?: WorkbookSnapshot };
const snapshot = page.__CCHC_SNAPSHOT__;
if (!snapshot) throw new Error("fake office.js: the test did not inject window.__CCHC_SNAPSHOT__");
const fake = createFakeExcel(snapshot, { displayLanguage: "vi-VN" });
page.Excel = fake.excel;
page.Office = fake.office;
page.__fakeExcel = fake;
