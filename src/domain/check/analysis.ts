import type { CellRef } from "../base/cellRef";
import type { Finding } from "../base/finding";
import type { ScoreSource, SetupProblem, TableSource } from "../base/options";
import type { WorkbookSnapshot } from "../base/snapshot";
import type { CriteriaTree } from "../tree/criteria";

/** Score and maximum of one area, as the reviewer reads them. `index` is score ÷ max × 100, 2 decimals. */
export interface AreaSummary {
  code: string;
  title: string;
  max: number;
  score: number;
  index: number;
  cell: CellRef;
}

/** A criterion whose score is below its maximum. Leaves and parents are both listed, depth first. */
export interface Deduction {
  code: string;
  title: string;
  level: number;
  max: number;
  score: number;
  /** max − score, 2 decimals. */
  lost: number;
  reason: string;
  /** The score cell. */
  cell: CellRef;
  /** True when the node has no children (the criterion the appraisal actually cut). */
  leaf: boolean;
}

/** A criterion the appraisal scored lower than the unit's self-assessment. */
export interface AppraisalCut {
  code: string;
  title: string;
  self: number;
  appraised: number;
  cell: CellRef;
}

export interface Totals {
  /** Sum of the areas' maxima. */
  max: number;
  /** Sum of the areas' scores plus adjustments (bonus/penalty). */
  score: number;
  /** Sum of bonus/penalty adjustments (0 when none). */
  adjustments: number;
  /** What the total row says, when there is one. */
  stated: { max: number | null; score: number | null } | null;
  /** score ÷ max × 100, 2 decimals (0 when max is 0). */
  index: number;
}

export interface Analysis {
  source: TableSource;
  scoreSource: ScoreSource;
  /** The sheets that looked like scoring tables, best first (the one used is first). */
  candidateSheets: string[];
  tree: CriteriaTree;
  totals: Totals;
  areas: AreaSummary[];
  deductions: Deduction[];
  appraisalCuts: AppraisalCut[];
  /** Every finding, in sheet order; never stops at the first. */
  findings: Finding[];
  /**
   * The workbook as the engine read it when some text was converted from TCVN3/VNI to Unicode (absent otherwise):
   * later steps that read the sheets again (step templates, the title's year) use it instead of the host's snapshot.
   */
  convertedWorkbook?: WorkbookSnapshot;
}

export type AnalysisResult = { ok: true; analysis: Analysis } | { ok: false; problem: SetupProblem };
