import type { Analysis } from "../check/analysis";
import type { InferredIssuer } from "../plan/inferIssuer";
import { formatScore } from "../base/formatNumber";
import { layoutRemediationSheet } from "./layoutRemediationSheet";
import {
  UNKNOWN,
  type DocumentBlock,
  type DocumentHeader,
  type DocumentSignature,
  type PlanDocument,
  type PlanDocumentOptions,
  type PlanFacts,
} from "./planDocument";
import type { RemediationRow, RemediationStep, RemediationTable } from "../plan/remediation";
import { sentenceCase } from "../plan/remediationText";

export interface PlanDocumentInput {
  analysis: Analysis;
  /** The planned GIẢI PHÁP table (planRemediation): the document's one source for what was deducted and the steps. */
  table: RemediationTable;
  facts: PlanFacts;
  /** What the user stated; wins over `issuer`. */
  options?: PlanDocumentOptions;
  /** What the workbook's title rows say (inferIssuer). */
  issuer?: InferredIssuer;
}

/**
 * The Kế hoạch khắc phục tồn tại, hạn chế as a plain value (see PlanDocument), modelled on the structure of real plans
 * (seeds 000, 001, 004) in our own words: header, "KẾ HOẠCH" and its summary, an intro with the total score, I. Mục
 * đích, yêu cầu, II. Nhiệm vụ và giải pháp with one part per row of the table (the row's own issue lines, then each
 * step with its deadline and, when known, its lead and helping units), III. Tổ chức thực hiện, Nơi nhận, the
 * signature, and the appendix holding the GIẢI PHÁP table exactly as layoutRemediationSheet lays out the sheet.
 * Nothing is invented: what neither the user nor the workbook gives is "…".
 */
export function describePlanDocument(input: PlanDocumentInput): PlanDocument {
  const options = input.options ?? {};
  const issuer = input.issuer ?? { parentBody: null, body: null, place: null };
  const body = options.body ?? issuer.body ?? null;
  const parentBody = options.parentBody ?? (options.body === undefined ? issuer.parentBody : null);
  const place = options.place ?? issuer.place ?? UNKNOWN;
  const number = `${options.number ?? UNKNOWN}/KH-${options.abbreviation ?? UNKNOWN}`;
  const header: DocumentHeader = {
    parentBody: parentBody ? parentBody.toLocaleUpperCase("vi") : null,
    body: body ? body.toLocaleUpperCase("vi") : UNKNOWN,
    number: `Số: ${number}`,
    placeDate: `${place}, ${dateText(options.date, input.facts.year)}`,
  };
  const layout = layoutRemediationSheet(input.table);
  const bodyName = body ?? UNKNOWN;
  return {
    header,
    kind: "KẾ HOẠCH",
    summary: summaryFor(input),
    body: [
      ...introBlocks(input, subjectFor(body)),
      ...purposeBlocks(input.facts),
      ...taskBlocks(input, options),
      ...organisationBlocks(options),
    ],
    recipients: recipientLines(options.recipients ?? DEFAULT_RECIPIENTS),
    signature: signatureFor(options, header.body),
    appendix: {
      label: "Phụ lục",
      attachedTo: `(Kèm theo Kế hoạch số ${number} ${dateText(options.date, input.facts.year)} của ${bodyName})`,
      title: input.table.title,
      subtitle: input.table.subtitle,
      headers: input.table.headers,
      rows: layout.cells.slice(layout.headerRow + 1).map((cells) => cells.map((cell) => (cell === "" ? [] : cell.split("\n")))),
    },
  };
}

const DEFAULT_RECIPIENTS = ["Sở Nội vụ (để báo cáo)", "Lãnh đạo đơn vị", "Các phòng, đơn vị", "Lưu: VT"];

function assessed(analysis: Analysis): string {
  return analysis.scoreSource === "self" ? "tự đánh giá" : "thẩm định, đánh giá";
}

function summaryFor({ analysis, facts }: PlanDocumentInput): string {
  return (
    `Khắc phục các tồn tại, hạn chế trong công tác cải cách hành chính theo kết quả ${assessed(analysis)} ` +
    `Chỉ số cải cách hành chính năm ${facts.appraisedYear}`
  );
}

/**
 * How sentences name the issuer: its name as typed when it is in normal case ("Sở Ngoại vụ"), else "đơn vị" — a name
 * read in capitals ("SỞ NGOẠI VỤ") cannot be put in sentence case without knowing which words are proper names.
 */
function subjectFor(body: string | null): string {
  return body && body !== body.toLocaleUpperCase("vi") ? body : "đơn vị";
}

function introBlocks({ analysis, table, facts }: PlanDocumentInput, subject: string): DocumentBlock[] {
  const { score, max } = analysis.totals;
  const deductedAreas = table.rows.filter((row) => !row.fullMarks).length;
  const deductedLeaves = analysis.deductions.filter((deduction) => deduction.leaf).length;
  const lost =
    deductedAreas === 0
      ? "không bị trừ điểm ở lĩnh vực nào"
      : `bị trừ điểm ở ${deductedLeaves} tiêu chí thuộc ${deductedAreas} lĩnh vực`;
  return [
    {
      kind: "paragraph",
      text: `Căn cứ kết quả ${assessed(analysis)} Chỉ số cải cách hành chính năm ${facts.appraisedYear}, ${subject} đạt ${formatScore(score, max)} điểm, ${lost}.`,
    },
    {
      kind: "paragraph",
      text: `Để khắc phục kịp thời các tồn tại, hạn chế đã được chỉ ra, ${subject} xây dựng Kế hoạch khắc phục với các nội dung sau:`,
    },
  ];
}

function purposeBlocks(facts: PlanFacts): DocumentBlock[] {
  return [
    { kind: "section", text: "I. MỤC ĐÍCH, YÊU CẦU" },
    { kind: "heading", text: "1. Mục đích" },
    {
      kind: "item",
      level: 1,
      text:
        `- Khắc phục dứt điểm các tồn tại, hạn chế qua kết quả đánh giá Chỉ số cải cách hành chính năm ${facts.appraisedYear}; ` +
        "nâng cao trách nhiệm của người đứng đầu và của cán bộ, công chức, viên chức trong thực hiện nhiệm vụ cải cách hành chính.",
    },
    {
      kind: "item",
      level: 1,
      text: `- Cải thiện điểm số các tiêu chí bị trừ điểm, góp phần nâng cao Chỉ số cải cách hành chính năm ${facts.year} và các năm tiếp theo.`,
    },
    { kind: "heading", text: "2. Yêu cầu" },
    { kind: "item", level: 1, text: "- Mỗi tồn tại, hạn chế có giải pháp khắc phục cụ thể, thời hạn hoàn thành và đơn vị thực hiện rõ ràng." },
    {
      kind: "item",
      level: 1,
      text:
        `- Việc khắc phục gắn với kế hoạch cải cách hành chính năm ${facts.year}; ` +
        "kết quả thực hiện được lưu đầy đủ tài liệu kiểm chứng phục vụ việc đánh giá Chỉ số cải cách hành chính.",
    },
  ];
}

function taskBlocks({ analysis, table }: PlanDocumentInput, options: PlanDocumentOptions): DocumentBlock[] {
  const titles = new Map(analysis.tree.areas.map((area) => [area.code, area.title]));
  const blocks: DocumentBlock[] = [{ kind: "section", text: "II. NHIỆM VỤ VÀ GIẢI PHÁP" }];
  table.rows.forEach((row, index) => {
    blocks.push({ kind: "heading", text: `${index + 1}. ${sentenceCase(titles.get(row.areaCode) ?? `Lĩnh vực ${row.areaCode}`)}` });
    blocks.push(...areaBlocks(row, options));
  });
  return blocks;
}

function areaBlocks(row: RemediationRow, options: PlanDocumentOptions): DocumentBlock[] {
  const [areaLine, ...leafLines] = row.issues;
  const blocks: DocumentBlock[] = [
    { kind: "heading", text: row.fullMarks ? "a) Kết quả đánh giá" : "a) Kết quả đánh giá, tồn tại, hạn chế" },
  ];
  if (areaLine !== undefined) blocks.push({ kind: "paragraph", text: areaLine });
  for (const line of leafLines) blocks.push({ kind: "item", level: 1, text: line });
  blocks.push({ kind: "heading", text: row.fullMarks ? "b) Nhiệm vụ, giải pháp" : "b) Nhiệm vụ, giải pháp khắc phục" });
  for (const step of row.steps) blocks.push(...stepBlocks(step, options));
  return blocks;
}

function stepBlocks(step: RemediationStep, options: PlanDocumentOptions): DocumentBlock[] {
  const details: Array<[string, string | undefined]> = [
    ["Thời hạn hoàn thành", step.deadline],
    ["Đơn vị chủ trì", step.lead ?? options.leadUnit],
    ["Đơn vị phối hợp", step.support ?? options.supportUnits],
    ["Ghi chú", step.note],
  ];
  return [
    { kind: "item", level: 1, text: `- ${step.text}` },
    ...details
      .filter((detail): detail is [string, string] => detail[1] !== undefined && detail[1].trim() !== "")
      .map(([label, value]): DocumentBlock => ({ kind: "item", level: 2, text: `+ ${label}: ${value.trim()}` })),
  ];
}

function organisationBlocks(options: PlanDocumentOptions): DocumentBlock[] {
  const focal = options.focalUnit ?? UNKNOWN;
  return [
    { kind: "section", text: "III. TỔ CHỨC THỰC HIỆN" },
    {
      kind: "paragraph",
      text:
        "1. Các phòng, đơn vị được giao chủ trì tổ chức thực hiện các nhiệm vụ, giải pháp tại Mục II và Phụ lục kèm theo " +
        `Kế hoạch này, bảo đảm đúng thời hạn; báo cáo kết quả và gửi tài liệu kiểm chứng về ${focal} để tổng hợp.`,
    },
    {
      kind: "paragraph",
      text: `2. Giao ${focal} theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo lãnh đạo đơn vị theo quy định.`,
    },
    {
      kind: "paragraph",
      text:
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo lãnh đạo đơn vị " +
        "để xem xét, giải quyết./.",
    },
  ];
}

/** "- Sở Nội vụ;" … "- Lưu: VT." (Nghị định 30: each line starts with "-", ends with ";", the last with "."). */
function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients.map((line) => line.trim().replace(/^[-–]\s*/, "").replace(/[;.]+$/, "")).filter((line) => line !== "");
  return clean.map((line, index) => `- ${line}${index === clean.length - 1 ? "." : ";"}`);
}

/** The head's title for the bodies whose head is fixed by law; "…" for others. */
function signatureFor(options: PlanDocumentOptions, body: string): DocumentSignature {
  const headTitle = /^SỞ\s/u.test(body) ? "GIÁM ĐỐC" : /^VĂN PHÒNG\s/u.test(body) ? "CHÁNH VĂN PHÒNG" : UNKNOWN;
  return {
    authority: options.signerAuthority?.toLocaleUpperCase("vi") ?? null,
    title: options.signerTitle?.toLocaleUpperCase("vi") ?? (options.signerAuthority === undefined ? headTitle : UNKNOWN),
    name: options.signerName ?? UNKNOWN,
  };
}

/**
 * "ngày 05 tháng 02 năm 2021": Nghị định 30 writes a day below 10 and the months 1 and 2 with a leading 0.
 * Without a date, day and month are blanks and the year is the plan's.
 */
export function dateText(date: PlanDocumentOptions["date"], year: number): string {
  if (!date) return `ngày ${UNKNOWN} tháng ${UNKNOWN} năm ${year}`;
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month < 3 ? `0${date.month}` : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}
