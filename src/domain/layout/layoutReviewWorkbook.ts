import { estimateRowHeights } from "./estimateRowHeights";
import type { Lang } from "../base/lang";
import { reviewEn } from "../base/locales/reviewEn";
import type { ReviewLabels } from "../base/locales/reviewLabels";
import { reviewVi } from "../base/locales/reviewVi";
import type { Review } from "../base/review";

export type ReviewCell = string | number | null;

/** One column of a summary sheet: its header, width in characters and how its numbers show. */
export interface ReviewColumn {
  header: string;
  width: number;
  /** "score": 2 decimals; "count": a whole number; "text": as is. */
  format: "text" | "score" | "count";
}

/** One sheet of the reviewer's summary workbook: title and subtitle above a table whose header row is `headerRow`. */
export interface ReviewSheet {
  name: string;
  title: string;
  subtitle: string;
  /** 0-based sheet row of the header (title at row 0, subtitle at row 1). */
  headerRow: number;
  columns: ReviewColumn[];
  rows: ReviewCell[][];
  /** Points: the header row's height, then each body row's, sized for their wrapped text. */
  rowHeights: number[];
}

export interface ReviewWorkbookLayout {
  fontName: string;
  fontSize: number;
  sheets: ReviewSheet[];
}

const HEADER_ROW = 3;
const FONT_SIZE = 12;

/**
 * The summary workbook of `cchc review` as plain grids, in the official format's font: "Tổng hợp" (one row per
 * workbook, ranked), "Lỗi và cảnh báo" (every finding), "Tiêu chí bị trừ" (deducted criteria across units) and, with a
 * framework, "Khung tiêu chí" (each deviation, per unit, with the framework's and the workbook's values).
 */
export function layoutReviewWorkbook(review: Review, lang: Lang): ReviewWorkbookLayout {
  const labels = lang === "en" ? reviewEn : reviewVi;
  const sheets = [layoutUnits(review, labels), layoutFindings(review, labels), layoutDeducted(review, labels)];
  if (review.framework !== null) sheets.push(layoutFramework(review, labels, review.framework));
  return { fontName: "Times New Roman", fontSize: FONT_SIZE, sheets };
}

function sheet(name: string, title: string, subtitle: string, columns: ReviewColumn[], rows: ReviewCell[][]): ReviewSheet {
  const columnWidths = columns.map((column) => column.width);
  // Bold headers run wider than the estimate's plain text: a little margin for them.
  const [header] = estimateRowHeights({ cells: [columns.map((column) => column.header)], merges: [], columnWidths: columnWidths.map((w) => w * 0.85), fontSize: FONT_SIZE });
  const cells = rows.map((row) => row.map((value) => (value === null ? "" : String(value))));
  const rowHeights = [header, ...estimateRowHeights({ cells, merges: [], columnWidths, fontSize: FONT_SIZE })];
  return { name, title, subtitle, headerRow: HEADER_ROW, columns, rows, rowHeights };
}

function layoutUnits(review: Review, l: ReviewLabels): ReviewSheet {
  const u = l.units;
  const ranked = review.units.filter((unit) => unit.rank !== null).length;
  const columns: ReviewColumn[] = [
    { header: u.order, width: 5, format: "count" },
    { header: u.unit, width: 24, format: "text" },
    { header: u.file, width: 26, format: "text" },
    { header: u.sheet, width: 16, format: "text" },
    { header: u.score, width: 9, format: "score" },
    { header: u.max, width: 9, format: "score" },
    { header: u.index, width: 9, format: "score" },
    { header: u.rank, width: 8, format: "count" },
    ...review.areas.map((area): ReviewColumn => ({ header: u.area(area.code), width: 9, format: "score" })),
    { header: u.errors, width: 7, format: "count" },
    { header: u.warnings, width: 9, format: "count" },
    { header: u.status, width: 14, format: "text" },
    { header: u.note, width: 32, format: "text" },
  ];
  const rows = review.units.map((unit, at): ReviewCell[] => {
    const usable = unit.status !== "unusable";
    const areaScores = review.areas.map((area) => unit.areas.find((own) => own.code === area.code)?.score ?? null);
    return [
      at + 1,
      unit.unit,
      unit.file,
      unit.sheet,
      usable ? unit.score : null,
      usable ? unit.max : null,
      usable ? unit.index : null,
      unit.rank,
      ...areaScores,
      usable ? unit.errors : null,
      usable ? unit.warnings : null,
      l.status[unit.status],
      unit.reason ?? "",
    ];
  });
  const unusable = review.units.length - ranked;
  return sheet(l.sheets.units, l.titles.units, l.subtitle(review.units.length, ranked, unusable), columns, rows);
}

function layoutFindings(review: Review, l: ReviewLabels): ReviewSheet {
  const columns: ReviewColumn[] = [
    { header: l.units.order, width: 6, format: "count" },
    { header: l.units.unit, width: 24, format: "text" },
    { header: l.units.file, width: 24, format: "text" },
    { header: l.findings.cell, width: 18, format: "text" },
    { header: l.findings.code, width: 22, format: "text" },
    { header: l.findings.severity, width: 10, format: "text" },
    { header: l.findings.message, width: 70, format: "text" },
  ];
  const rows = review.units.flatMap((unit) =>
    unit.findings.map((finding) => [unit.unit, unit.file, finding.cell, finding.code, l.severity[finding.severity], finding.message]),
  );
  return sheet(l.sheets.findings, l.titles.findings, "", columns, rows.map((row, at) => [at + 1, ...row]));
}

function layoutDeducted(review: Review, l: ReviewLabels): ReviewSheet {
  const d = l.deducted;
  const columns: ReviewColumn[] = [
    { header: l.units.order, width: 5, format: "count" },
    { header: d.code, width: 8, format: "text" },
    { header: d.title, width: 50, format: "text" },
    { header: d.units, width: 10, format: "count" },
    { header: d.lost, width: 10, format: "score" },
    { header: d.average, width: 10, format: "score" },
    { header: d.unitNames, width: 50, format: "text" },
  ];
  const rows = review.deducted.map((item, at) => [at + 1, item.code, item.title, item.units, item.lost, item.average, item.unitNames.join("; ")]);
  return sheet(l.sheets.deducted, l.titles.deducted, "", columns, rows);
}

function layoutFramework(review: Review, l: ReviewLabels, name: string): ReviewSheet {
  const f = l.framework;
  const columns: ReviewColumn[] = [
    { header: l.units.order, width: 5, format: "count" },
    { header: l.units.unit, width: 24, format: "text" },
    { header: l.units.file, width: 22, format: "text" },
    { header: l.findings.cell, width: 16, format: "text" },
    { header: f.criterion, width: 9, format: "text" },
    { header: f.deviation, width: 18, format: "text" },
    { header: f.expected, width: 32, format: "text" },
    { header: f.actual, width: 32, format: "text" },
    { header: l.findings.message, width: 50, format: "text" },
  ];
  const rows = review.units.flatMap((unit) =>
    unit.findings
      .filter((finding) => finding.code.startsWith("framework_"))
      .map((finding) => [
        unit.unit,
        unit.file,
        finding.cell,
        finding.criterion ?? "",
        l.deviation[finding.code] ?? finding.code,
        finding.expected ?? null,
        finding.actual ?? null,
        finding.message,
      ]),
  );
  const subtitle = rows.length === 0 ? f.none : "";
  return sheet(l.sheets.framework, l.titles.framework(name), subtitle, columns, rows.map((row, at) => [at + 1, ...row]));
}
