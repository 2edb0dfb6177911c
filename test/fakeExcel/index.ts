/**
 * A strict fake of the Excel JavaScript API (the subset the add-in uses): unloaded properties throw, writes land
 * at sync, requests over 5 MB are rejected, protected sheets refuse writes. See createFakeExcel.
 */
export { createFakeExcel, FIVE_MB, type FakeExcel, type FakeExcelNamespace, type FakeExcelOptions } from "./createFakeExcel";
export { FakeOfficeError } from "./fakeError";
export type { FakeOffice, FakeSettings } from "./fakeOffice";
export type { WorkbookInspector } from "./inspectWorkbook";
export type { FakeStats, SyncRecord } from "./requestContext";
export type { CellFormat, CellModel } from "./model";
