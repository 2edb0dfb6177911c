import { utf8Length } from "./address";
import { fakeError } from "./fakeError";
import type { WorkbookModel } from "./model";

/** One sync's request as the fake measured it. */
export interface SyncRecord {
  /** UTF-8 bytes of the JSON of every queued action (writes carry their values). */
  requestBytes: number;
  /** UTF-8 bytes of the JSON of every loaded value. */
  responseBytes: number;
  reads: number;
  /** Actions that change the workbook or its view (values, formats, sheets, activate, select…). */
  writes: number;
  /** The actions, in order ("Range.values=", "WorksheetCollection.add", "Worksheet.load", …). */
  operations: string[];
}

export interface FakeStats {
  syncCount: number;
  syncs: SyncRecord[];
  /** Excel.run calls. */
  runCount: number;
  /** Forgets what was counted so far (e.g. after seeding a workbook). */
  reset(): void;
}

/** What every context of one fake shares: the model, limits and the counters. */
export interface FakeEnvironment {
  model: WorkbookModel;
  stats: FakeStats;
  /** Highest ExcelApi version the fake host implements, e.g. "1.17". */
  apiVersion: string;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface QueuedAction {
  kind: "read" | "write";
  op: string;
  /** Which proxy, as a short path ("ws[Điểm].range[A1:E9]"). */
  target?: string;
  payload?: unknown;
  /** Runs during sync; returns what the response carries back (loads), if anything. */
  run(): unknown;
}

/** "1.10" >= "1.9": compares dotted versions numerically. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const have = version.split(".").map(Number);
  const need = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const diff = (have[i] ?? 0) - (need[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

/**
 * The fake Excel.RequestContext: proxies queue actions here; nothing reaches the model until `sync()`, which
 * measures the request, rejects one over the payload limit (as Excel on the web does) and runs the actions in
 * order, stopping at the first failure (earlier actions stay applied, as in Excel).
 */
export class FakeRequestContext {
  workbook: unknown;
  /** True while a sync runs its actions (proxies made then must not queue anything). */
  syncing = false;
  private queue: QueuedAction[] = [];
  private closed = false;

  constructor(readonly env: FakeEnvironment, makeWorkbook: (context: FakeRequestContext) => unknown) {
    this.workbook = makeWorkbook(this);
  }

  get model(): WorkbookModel {
    return this.env.model;
  }

  get hasPendingActions(): boolean {
    return this.queue.length > 0;
  }

  enqueue(action: QueuedAction): void {
    if (this.closed) throw fakeError("InvalidObjectPath", action.op, "The Excel.run batch has ended.");
    this.queue.push(action);
  }

  /** Throws ApiNotFound (called while a sync runs) when the member needs a newer ExcelApi than the fake host has. */
  assertApi(minimum: string, member: string): void {
    if (!versionAtLeast(this.env.apiVersion, minimum)) throw fakeError("ApiNotFound", member, `Needs ExcelApi ${minimum}.`);
  }

  async sync(): Promise<void> {
    if (this.closed) throw fakeError("InvalidObjectPath", "RequestContext.sync", "The Excel.run batch has ended.");
    const actions = this.queue;
    this.queue = [];
    const record = this.record(actions);
    await Promise.resolve();
    if (record.requestBytes > this.env.maxRequestBytes) {
      throw fakeError("RequestPayloadSizeLimitExceeded", "RequestContext.sync", `${record.requestBytes} bytes.`);
    }
    const response = this.runActions(actions);
    record.responseBytes = utf8Length(JSON.stringify(response));
    if (record.responseBytes > this.env.maxResponseBytes) {
      throw fakeError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync", `${record.responseBytes} bytes.`);
    }
  }

  /** Ends the batch: later use of its proxies fails as in Excel.run. */
  close(): void {
    this.closed = true;
  }

  private runActions(actions: QueuedAction[]): unknown[] {
    const response: unknown[] = [];
    this.syncing = true;
    try {
      for (const action of actions) {
        const result = action.run();
        if (result !== undefined) response.push(result);
      }
    } finally {
      this.syncing = false;
    }
    return response;
  }

  private record(actions: QueuedAction[]): SyncRecord {
    const body = actions.map((a) => (a.payload === undefined ? [a.op, a.target] : [a.op, a.target, a.payload]));
    const record: SyncRecord = {
      requestBytes: utf8Length(JSON.stringify(body)),
      responseBytes: 0,
      reads: actions.filter((a) => a.kind === "read").length,
      writes: actions.filter((a) => a.kind === "write").length,
      operations: actions.map((a) => a.op),
    };
    this.env.stats.syncs.push(record);
    this.env.stats.syncCount++;
    return record;
  }
}
