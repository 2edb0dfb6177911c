/**
 * A framework: the official list of criteria for one level (a province's sở/ngành, huyện, xã) — code, title, maximum —
 * as a province publishes it in its decision. Workbooks are compared against it (compareWithFramework).
 */
export interface FrameworkCriterion {
  /** Normalised dotted code ("2", "2.6", "2.6.1"). */
  code: string;
  title: string;
  /** The maximum; null for an area whose maximum the framework leaves to the sum of its criteria. */
  max: number | null;
  /** False for a criterion this level does not self-assess (e.g. a survey area): a workbook may leave it out. */
  assessed?: boolean;
}

export interface Framework {
  /** What the user calls it (a file or sheet name, or the JSON's "name"). */
  name: string;
  /** Every node, areas included, in order. */
  criteria: FrameworkCriterion[];
  /** The grand total's maximum when stated; otherwise the sum of the areas' maxima is used. */
  total: number | null;
}

/** A framework read, or where its text is malformed (a JSON path such as "criteria[3].max", or a sheet's problem). */
export type FrameworkResult = { ok: true; framework: Framework } | { ok: false; where: string };
