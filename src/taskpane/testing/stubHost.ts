import type { CellRef, Framework, HighlightPlan, RemediationSheetLayout, WorkbookSnapshot } from "../../domain";
import type { WorkbookHost } from "../../hosts/workbookHost";

type Method = keyof WorkbookHost;

/** A recorded call to the stub host. */
export type HostCall =
  | { method: "readWorkbook" }
  | { method: "applyHighlight"; plan: HighlightPlan }
  | { method: "clearHighlight" }
  | { method: "writeRemediation"; layout: RemediationSheetLayout; baseName?: string }
  | { method: "selectCell"; ref: CellRef }
  | { method: "saveFramework"; framework: Framework | null };

/** An in-memory WorkbookHost for task-pane tests: serves one snapshot, records every call, fails on request. */
export interface StubHost extends WorkbookHost {
  calls: HostCall[];
  /** Makes the next calls of `method` throw `error` (until `failWith(method, undefined)`). */
  failWith(method: Method, error: Error | undefined): void;
  callsOf<M extends HostCall["method"]>(method: M): Extract<HostCall, { method: M }>[];
}

export interface StubHostOptions {
  /** The name writeRemediation returns. @default "GIẢI PHÁP" */
  sheetName?: string;
  /** How many rules clearHighlight reports. @default the rules of the applied plans */
  cleared?: number;
  /** The framework the document remembers (document settings). @default null */
  framework?: Framework | null;
}

export function createStubHost(snapshot: WorkbookSnapshot, options: StubHostOptions = {}): StubHost {
  const calls: HostCall[] = [];
  const failures = new Map<Method, Error>();
  let appliedRules = 0;
  let framework = options.framework ?? null;

  function record(call: HostCall): void {
    calls.push(call);
    const failure = failures.get(call.method);
    if (failure) throw failure;
  }

  return {
    calls,
    failWith: (method, error) => (error ? failures.set(method, error) : failures.delete(method)),
    callsOf: <M extends HostCall["method"]>(method: M) =>
      calls.filter((call): call is Extract<HostCall, { method: M }> => call.method === method),
    async readWorkbook() {
      record({ method: "readWorkbook" });
      return snapshot;
    },
    async applyHighlight(plan) {
      record({ method: "applyHighlight", plan });
      appliedRules += plan.rules.length;
    },
    async clearHighlight() {
      record({ method: "clearHighlight" });
      const removed = options.cleared ?? appliedRules;
      appliedRules = 0;
      return removed;
    },
    async writeRemediation(layout, baseName) {
      record({ method: "writeRemediation", layout, baseName });
      return options.sheetName ?? "GIẢI PHÁP";
    },
    async selectCell(ref) {
      record({ method: "selectCell", ref });
    },
    async loadFramework() {
      return framework;
    },
    async saveFramework(next) {
      record({ method: "saveFramework", framework: next });
      framework = next;
    },
  };
}
