import { mkdir } from "node:fs/promises";
import path from "node:path";
import {
  layoutRemediationSheet,
  planHighlight,
  planRemediation,
  readStepTemplates,
  type AnalysisOptions,
  type Lang,
} from "../domain";
import { isHostError } from "../hosts/errors";
import { savePlanCopy } from "../hosts/xlsx/savePlanCopy";
import type { DocxRequest } from "./docxArgs";
import type { DocxInput } from "./planDocx";
import { inferAppraisedYear } from "./inferYear";
import { EXIT, type CliIo } from "./io";
import { loadAnalysis } from "./loadAnalysis";
import { cliStrings } from "./strings";

export interface PlanRequest {
  file: string;
  /** Output path; default "<name>.giai-phap.xlsx" beside the input. */
  output?: string;
  analysis: AnalysisOptions;
  /** The remediation year; default: the appraised year read from the sheet title + 1, else this year. */
  year?: number;
  highlight: boolean;
  lang: Lang;
  /** --docx: the Kế hoạch as a Word document; without `output` it is the only file written. */
  docx?: DocxRequest;
}

/**
 * `cchc plan`: writes a copy of the workbook with a new GIẢI PHÁP sheet (and the deducted criteria highlighted) and
 * says where. Refuses to write over its input. Returns 0 when written, 2 when the input or output cannot be used.
 */
export async function runPlan(request: PlanRequest, io: CliIo, now = new Date()): Promise<number> {
  const s = cliStrings(request.lang);
  // With --docx alone only the Word document is written.
  const output = request.output ?? (request.docx ? undefined : defaultOutput(request.file));
  if (request.output === undefined && output !== undefined) io.err(s.planDefaultOutput(output));
  const targets = [output, request.docx?.path].filter((target): target is string => target !== undefined);
  if (targets.some((target) => path.resolve(target) === path.resolve(request.file))) {
    io.err(s.planRefusesInput(request.file));
    return EXIT.unusable;
  }
  if (output !== undefined && request.docx && path.resolve(output) === path.resolve(request.docx.path)) {
    io.err(s.badArgs("-o and --docx name the same file"));
    return EXIT.unusable;
  }
  const loaded = await loadAnalysis(request.file, request.analysis, request.lang);
  if (!loaded.ok) {
    io.err(loaded.message);
    return EXIT.unusable;
  }
  const { doc, analysis } = loaded;
  const inferred = request.year === undefined ? inferAppraisedYear(doc.snapshot, analysis) : null;
  const year = request.year ?? (inferred !== null ? inferred + 1 : now.getFullYear());
  const table = planRemediation(analysis, { year, templates: readStepTemplates(doc.snapshot) });
  const highlight = request.highlight ? planHighlight(analysis, doc.snapshot) : undefined;
  if (output !== undefined) {
    try {
      await mkdir(path.dirname(path.resolve(output)), { recursive: true });
      const saved = await savePlanCopy(doc, output, { layout: layoutRemediationSheet(table), highlight });
      io.out(s.planYear(year, year - 1, inferred !== null));
      const deducted = analysis.deductions.filter((item) => item.leaf).length;
      io.out(s.planWritten(saved.outPath, saved.sheetName, table.rows.length, deducted));
      io.out(highlight ? s.planHighlighted(scoreSheet(analysis.source)) : s.planNoHighlight);
    } catch (error) {
      if (!isHostError(error)) throw error;
      const reason = s.hostError[error.code]?.(output) ?? error.message;
      io.err(s.cannotUse(error.code === "output_is_input" ? request.file : output, reason));
      return EXIT.unusable;
    }
  }
  if (request.docx) {
    if (output === undefined) io.out(s.planYear(year, year - 1, inferred !== null));
    const written = await writeDocx(request.docx, { analysis, snapshot: doc.snapshot, table, year, appraisedYear: year - 1 }, s);
    if (written !== null) {
      io.err(written);
      return EXIT.unusable;
    }
    io.out(s.planDocxWritten(request.docx.path, table.rows.length));
  }
  const errors = analysis.findings.filter((finding) => finding.severity === "error").length;
  if (errors > 0) io.err(s.planHasErrors(errors, request.file));
  return EXIT.ok;
}

/** "samples/x.xlsx" -> "samples/x.giai-phap.xlsx". */
export function defaultOutput(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.giai-phap.xlsx`);
}

function scoreSheet(source: { kind: "single"; table: { sheet: string } } | { kind: "split"; scores: { sheet: string } }): string {
  return source.kind === "single" ? source.table.sheet : source.scores.sheet;
}

/** Writes the Word document; null when written, else the message saying why not (the file exists, a bad folder…). */
async function writeDocx(
  request: DocxRequest,
  input: DocxInput,
  s: ReturnType<typeof cliStrings>,
): Promise<string | null> {
  try {
    await mkdir(path.dirname(path.resolve(request.path)), { recursive: true });
    // The Word writer loads only when a document is asked for.
    const { writePlanDocxFile } = await import("./planDocx");
    await writePlanDocxFile(request, input);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    return s.cannotUse(request.path, code === "EEXIST" ? s.docxExists : (error as Error).message);
  }
}
