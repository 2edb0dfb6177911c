import type { WorkbookSnapshot } from "../../src/domain";
import { createFakeOffice, type FakeOffice } from "./fakeOffice";
import { inspectWorkbook, type WorkbookInspector } from "./inspectWorkbook";
import { cellAt, newSheet, type WorkbookModel } from "./model";
import { FakeRequestContext, type FakeEnvironment, type FakeStats } from "./requestContext";
import { FakeWorkbook } from "./worksheetProxies";

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake implements and reports (default "1.17"). */
  apiVersion?: string;
  /** Office.context.displayLanguage (default "vi-VN"). */
  displayLanguage?: string;
  /** Request and response limits in bytes (default 5 MB each, as Excel on the web). */
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  /** Document settings already saved in the workbook. */
  settings?: Record<string, unknown>;
  /** Other requirement sets to report, e.g. { Settings: "1.1" }. */
  otherSets?: Record<string, string>;
}

/** The `Excel` global as the add-in uses it. */
export interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  ConditionalFormatType: { custom: "Custom" };
}

export interface FakeExcel {
  excel: FakeExcelNamespace;
  office: FakeOffice;
  stats: FakeStats;
  workbook: WorkbookInspector;
}

export const FIVE_MB = 5 * 1024 * 1024;

/**
 * A strict fake of the Excel JavaScript API subset the add-in uses, holding `snapshot` as its workbook. Pure
 * TypeScript (no Node APIs): it also runs inside a browser page for the end-to-end test.
 */
export function createFakeExcel(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}): FakeExcel {
  const model = buildModel(snapshot);
  const stats: FakeStats = {
    syncCount: 0,
    syncs: [],
    runCount: 0,
    reset() {
      stats.syncCount = 0;
      stats.syncs = [];
      stats.runCount = 0;
    },
  };
  const env: FakeEnvironment = {
    model,
    stats,
    apiVersion: options.apiVersion ?? "1.17",
    maxRequestBytes: options.maxRequestBytes ?? FIVE_MB,
    maxResponseBytes: options.maxResponseBytes ?? FIVE_MB,
  };
  const office = createFakeOffice({
    apiVersion: env.apiVersion,
    displayLanguage: options.displayLanguage ?? "vi-VN",
    settings: options.settings ?? {},
    otherSets: options.otherSets ?? { Settings: "1.1" },
  });
  return { excel: { run: (batch) => runBatch(env, batch), ConditionalFormatType: { custom: "Custom" } }, office, stats, workbook: inspectWorkbook(model) };
}

/** Excel.run: a fresh context; pending actions are synced when the batch returns; the context then closes. */
async function runBatch<T>(env: FakeEnvironment, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  env.stats.runCount++;
  const context = new FakeRequestContext(env, (c) => new FakeWorkbook(c));
  try {
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPendingActions) await context.sync();
    return result;
  } finally {
    context.close();
  }
}

function buildModel(snapshot: WorkbookSnapshot): WorkbookModel {
  const model: WorkbookModel = { sheets: [], activeSheetId: 1, selection: null, nextSheetId: 1, nextConditionalFormatId: 1 };
  for (const snap of snapshot.sheets) {
    const sheet = newSheet(model.nextSheetId++, snap.name);
    sheet.protected = Boolean(snap.protected);
    sheet.visibility = snap.hidden ? "Hidden" : "Visible";
    sheet.merges = snap.merges.map((m) => ({ ...m }));
    snap.values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== null && value !== "") cellAt(sheet, snap.origin.row + r, snap.origin.col + c, true).value = value;
      }),
    );
    model.sheets.push(sheet);
  }
  model.activeSheetId = (model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0])?.id ?? 1;
  return model;
}
