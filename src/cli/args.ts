import { parseArgs } from "node:util";
import type { AnalysisOptions, Lang, ScoreSource } from "../domain";
import { DOCX_OPTIONS, readDocxRequest, strayDocxOption, type DocxRequest } from "./docxArgs";

/** What the user asked for, once the command line has been read. */
export type CliCommand =
  | { kind: "help"; lang: Lang }
  | { kind: "check"; lang: Lang; files: string[]; analysis: AnalysisOptions; json: boolean; framework?: string }
  | {
      kind: "review";
      lang: Lang;
      inputs: string[];
      analysis: AnalysisOptions;
      output?: string;
      json: boolean;
      framework?: string;
      force: boolean;
    }
  | {
      kind: "plan";
      lang: Lang;
      file: string;
      analysis: AnalysisOptions;
      output?: string;
      year?: number;
      highlight: boolean;
      force: boolean;
      /** --docx: also (or, without -o, only) write the Kế hoạch as a Word document. */
      docx?: DocxRequest;
    };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; lang: Lang; error: string };

const OPTIONS = {
  sheet: { type: "string" },
  "criteria-sheet": { type: "string" },
  "scores-sheet": { type: "string" },
  score: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  output: { type: "string", short: "o" },
  year: { type: "string" },
  "no-highlight": { type: "boolean" },
  framework: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  ...DOCX_OPTIONS,
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

/** Reads `cchc` arguments (without the node and script paths). Never throws: bad input is an error value. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, lang: guessLang(argv), error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const lang = values.lang === "en" ? "en" : "vi";
  const fail = (error: string): ParsedArgs => ({ ok: false, lang, error });
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en") return fail("--lang vi|en");
  if (values.help || positionals.length === 0) return { ok: true, command: { kind: "help", lang } };
  const analysis = readAnalysisOptions(values);
  if (typeof analysis === "string") return fail(analysis);
  const [name, ...files] = positionals;
  if (name === "check") return readCheck(values, files, lang, analysis);
  if (name === "plan") return readPlan(values, files, lang, analysis);
  if (name === "review") return readReview(values, files, lang, analysis);
  return fail(`unknown command "${name}" (check | plan | review)`);
}

function readAnalysisOptions(values: Values): AnalysisOptions | string {
  const options: AnalysisOptions = {};
  if (values.score !== undefined) {
    if (values.score !== "appraised" && values.score !== "self") return "--score appraised|self";
    options.score = values.score as ScoreSource;
  }
  const criteria = values["criteria-sheet"];
  const scores = values["scores-sheet"];
  if ((criteria === undefined) !== (scores === undefined)) return "--criteria-sheet and --scores-sheet go together";
  if (criteria !== undefined && values.sheet !== undefined) return "--sheet or --criteria-sheet/--scores-sheet, not both";
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (criteria !== undefined) options.criteriaSheet = criteria;
  if (scores !== undefined) options.scoresSheet = scores;
  return options;
}

function readCheck(values: Values, files: string[], lang: Lang, analysis: AnalysisOptions): ParsedArgs {
  if (files.length === 0) return { ok: false, lang, error: "check <file.xlsx>…" };
  const misplaced = ["output", "year", "no-highlight", "force", ...Object.keys(DOCX_OPTIONS)].find((key) => values[key as keyof Values] !== undefined);
  if (misplaced) return { ok: false, lang, error: `--${misplaced} belongs to plan, not check` };
  const command: CliCommand = { kind: "check", lang, files, analysis, json: values.json === true };
  if (values.framework !== undefined) command.framework = values.framework;
  return { ok: true, command };
}

function readReview(values: Values, inputs: string[], lang: Lang, analysis: AnalysisOptions): ParsedArgs {
  if (inputs.length === 0) return { ok: false, lang, error: "review <files or folders>… -o <summary.xlsx>" };
  const misplaced = ["year", "no-highlight", ...Object.keys(DOCX_OPTIONS)].find((key) => values[key as keyof Values] !== undefined);
  if (misplaced) return { ok: false, lang, error: `--${misplaced} belongs to plan, not review` };
  const json = values.json === true;
  if (values.output === undefined && !json) return { ok: false, lang, error: "review needs -o <summary.xlsx> (or --json)" };
  const command: CliCommand = { kind: "review", lang, inputs, analysis, json, output: values.output, force: values.force === true };
  if (values.framework !== undefined) command.framework = values.framework;
  return { ok: true, command };
}

function readPlan(values: Values, files: string[], lang: Lang, analysis: AnalysisOptions): ParsedArgs {
  if (files.length !== 1) return { ok: false, lang, error: "plan <file.xlsx> -o <out.xlsx> (one input file)" };
  if (values.json) return { ok: false, lang, error: "--json belongs to check, not plan" };
  if (values.framework !== undefined) return { ok: false, lang, error: "--framework belongs to check and review, not plan" };
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!/^\d{4}$/.test(values.year) || year < 2000 || year > 2100) return { ok: false, lang, error: "--year YYYY" };
  }
  const docx = readDocxRequest(values);
  if (typeof docx === "string") return { ok: false, lang, error: docx };
  const stray = strayDocxOption(values);
  if (stray) return { ok: false, lang, error: `--${stray} belongs to --docx` };
  const command: CliCommand = {
    kind: "plan",
    lang,
    file: files[0],
    analysis,
    output: values.output,
    year,
    highlight: values["no-highlight"] !== true,
    force: values.force === true,
    ...(docx && { docx }),
  };
  return { ok: true, command };
}

/** The language for an error about the arguments themselves, when parseArgs could not read them. */
function guessLang(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === "--lang" || arg === "--lang=en");
  if (at < 0) return "vi";
  return argv[at] === "--lang=en" || argv[at + 1] === "en" ? "en" : "vi";
}
