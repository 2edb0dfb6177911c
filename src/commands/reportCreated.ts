import { countFindings, deductedLeaves, type Analysis, type Lang, type RemediationTable } from "../domain";
import type { CommandReport } from "./commandReport";
import { commandStrings } from "./strings";

/** What "Tạo GIẢI PHÁP" did: the new sheet's name, what it lists, the years used, and a warning if data has errors. */
export function reportCreated(
  analysis: Analysis,
  created: { sheetName: string; table: RemediationTable },
  years: { year: number; appraisedYear: number },
  lang: Lang,
): CommandReport {
  const s = commandStrings(lang);
  const { errors } = countFindings(analysis.findings);
  const deducted = deductedLeaves(analysis.deductions).length;
  const lines = [
    s.createdSheet(created.sheetName),
    s.createdRows(created.table.rows.length, deducted),
    ...(errors > 0 ? [s.createdWithErrors(errors)] : []),
    s.createdYears(years.year, years.appraisedYear),
    s.untouched,
  ];
  return { lang, tone: errors > 0 ? "warning" : "success", title: s.createdTitle, lines };
}
