import { statSync } from "node:fs";
import path from "node:path";
import {
  countFindings,
  deductedLeaves,
  layoutRemediationSheet,
  planHighlight,
  planRemediation,
  readPlanYears,
  readStepTemplates,
  scoresSheetOf,
  toA1,
  type AnalysisOptions,
  type Lang,
} from "../domain";
import { isHostError } from "../hosts/errors";
import { planCopyName } from "../hosts/planCopyName";
import { planPackageOf } from "../hosts/readWorkbookBytes";
import { addPlanToXlsx } from "../hosts/xlsx/package/addPlanToXlsx";
import { writeNewFile, zlibCodec } from "../hosts/xlsx/xlsxFile";
import type { DocxRequest } from "./docxArgs";
import { EXIT, type CliIo } from "./io";
import { loadAnalysis } from "./loadAnalysis";
import { cliStrings } from "./strings";

export interface PlanRequest {
  file: string;
  /** Output path; default "<name>.giai-phap.xlsx" beside the input; a folder (ending in a separator, or existing). */
  output?: string;
  analysis: AnalysisOptions;
  /** The remediation year; default: the appraised year read from the sheet title + 1, else this year. */
  year?: number;
  highlight: boolean;
  /** Replace an existing output file (never the input). */
  force?: boolean;
  lang: Lang;
  /** --docx: the Kế hoạch as a Word document; without `output` it is the only file written. */
  docx?: DocxRequest;
}

/**
 * `cchc plan`: writes a copy of the workbook with a new GIẢI PHÁP sheet (and the deducted criteria highlighted) and
 * says where. The copy is the original package with the sheet added: every other part is kept byte for byte, an
 * .xlsm stays an .xlsm; an .xls or .ods input gets an .xlsx copy of its sheets (values, merges), and says so. Refuses to write over its input, or over another file without --force. Returns 0 when
 * written, 2 when the input or output cannot be used.
 */
export async function runPlan(request: PlanRequest, io: CliIo, now = new Date()): Promise<number> {
  const s = cliStrings(request.lang);
  // With --docx alone only the Word document is written.
  const output = request.docx && request.output === undefined ? undefined : resolveOutput(request.file, request.output);
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
  loaded.warnings.forEach((warning) => io.err(warning));
  const pkg = planPackageOf(doc);
  const wantedExtension = pkg.macroEnabled ? ".xlsm" : ".xlsx";
  if (output !== undefined && path.extname(output).toLowerCase() !== wantedExtension) {
    io.err(s.planWrongExtension(output, wantedExtension));
    return EXIT.unusable;
  }
  // TCVN3/VNI text was converted while reading: the templates and the issuer are read from that text (the title's
  // year too, inside readPlanYears).
  const sheets = analysis.convertedWorkbook ?? doc.snapshot;
  const read = readPlanYears(doc.snapshot, analysis, now);
  const year = request.year ?? read.year;
  const inferred = request.year === undefined && read.fromWorkbook;
  const table = planRemediation(analysis, { year, templates: readStepTemplates(sheets) });
  const highlight = request.highlight ? planHighlight(analysis, sheets) : null;
  io.out(s.planYear(year, year - 1, inferred));
  let target = output;
  try {
    if (output !== undefined) {
      const layout = layoutRemediationSheet(table);
      const added = addPlanToXlsx(pkg, layout, highlight, undefined, zlibCodec);
      await writeNewFile(output, added.bytes, { inputPath: request.file, force: request.force });
      const deducted = deductedLeaves(analysis.deductions).length;
      io.out(s.planWritten(output, added.sheetName, table.rows.length, deducted));
      if (doc.format !== "xlsx") io.out(s.planConverted(doc.format, output));
      io.out(highlight ? s.planHighlighted(scoresSheetOf(analysis.source)) : s.planNoHighlight);
      for (const cut of layout.cutCells ?? []) io.err(s.planCellCut(added.sheetName, toA1(cut.row, cut.col), cut.length));
    }
    if (request.docx) {
      target = request.docx.path;
      // The Word writer loads only when a document is asked for.
      const { planDocxBytes } = await import("./planDocx");
      const bytes = await planDocxBytes(request.docx, { analysis, snapshot: sheets, table, year, appraisedYear: year - 1 });
      await writeNewFile(request.docx.path, bytes, { inputPath: request.file, force: request.force });
      io.out(s.planDocxWritten(request.docx.path, table.rows.length));
    }
  } catch (error) {
    if (!isHostError(error) || target === undefined) throw error;
    const cause = (error.cause as NodeJS.ErrnoException | undefined)?.code;
    const reason = s.hostError[error.code]?.(target, cause) ?? error.message;
    io.err(s.cannotUse(error.code === "output_is_input" ? request.file : target, reason));
    return EXIT.unusable;
  }
  const { errors } = countFindings(analysis.findings);
  if (errors > 0) io.err(s.planHasErrors(errors, request.file));
  return EXIT.ok;
}

/** The package the copy is made from: the input's own, or for an .xls/.ods an .xlsx made of its snapshot. */

/** "samples/x.xlsx" -> "samples/x.giai-phap.xlsx" (an .xlsm keeps its extension; an .xls or .ods gets .xlsx). */
export function defaultOutput(file: string): string {
  return path.join(path.dirname(file), planCopyName(path.basename(file)));
}

/** The output file: the default beside the input, or inside the folder `-o` names (ending in a separator, or existing). */
function resolveOutput(file: string, output: string | undefined): string {
  if (output === undefined) return defaultOutput(file);
  if (/[\\/]$/.test(output) || isFolder(output)) return path.join(output, path.basename(defaultOutput(file)));
  return output;
}

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}
