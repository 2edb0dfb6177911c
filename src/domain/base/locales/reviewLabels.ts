import type { Severity } from "../finding";
import type { UnitReview } from "../review";

/** The words of the reviewer's summary workbook, one object per language (reviewVi.ts, reviewEn.ts). */
export interface ReviewLabels {
  sheets: { units: string; findings: string; deducted: string; framework: string };
  titles: { units: string; findings: string; deducted: string; framework: (name: string) => string };
  subtitle: (files: number, ranked: number, unusable: number) => string;
  units: {
    order: string;
    unit: string;
    file: string;
    sheet: string;
    score: string;
    max: string;
    index: string;
    rank: string;
    area: (code: string) => string;
    errors: string;
    warnings: string;
    status: string;
    note: string;
  };
  status: Record<UnitReview["status"], string>;
  findings: { cell: string; code: string; severity: string; message: string };
  severity: Record<Severity, string>;
  deducted: { code: string; title: string; units: string; lost: string; average: string; unitNames: string };
  framework: { criterion: string; deviation: string; expected: string; actual: string; none: string };
  deviation: Record<string, string>;
}
