import type { PlanDocumentOptions } from "../domain";

/** The `cchc plan` options for the Word document (--docx and its header fields). */
export const DOCX_OPTIONS = {
  docx: { type: "string" },
  body: { type: "string" },
  "parent-body": { type: "string" },
  number: { type: "string" },
  abbrev: { type: "string" },
  place: { type: "string" },
  date: { type: "string" },
  authority: { type: "string" },
  "signer-title": { type: "string" },
  signer: { type: "string" },
  "focal-unit": { type: "string" },
  lead: { type: "string" },
  support: { type: "string" },
  recipient: { type: "string", multiple: true },
} as const;

/** Where to write the document and what the user said about it. */
export interface DocxRequest {
  path: string;
  options: PlanDocumentOptions;
}

type DocxValues = { [K in keyof typeof DOCX_OPTIONS]?: (typeof DOCX_OPTIONS)[K] extends { multiple: true } ? string[] : string };

/** The document's fields given without --docx: they mean nothing then. */
export function strayDocxOption(values: DocxValues): string | undefined {
  if (values.docx !== undefined) return undefined;
  return Object.keys(DOCX_OPTIONS).find((key) => key !== "docx" && values[key as keyof DocxValues] !== undefined);
}

/** Reads --docx and its fields; an error text for a date that is not a real "DD/MM/YYYY" or "YYYY-MM-DD". */
export function readDocxRequest(values: DocxValues): DocxRequest | undefined | string {
  if (values.docx === undefined) return undefined;
  const options: PlanDocumentOptions = {};
  const text = (key: keyof DocxValues) => {
    const value = values[key];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const assign = <K extends keyof PlanDocumentOptions>(key: K, value: PlanDocumentOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  assign("body", text("body"));
  assign("parentBody", text("parent-body"));
  assign("number", text("number"));
  assign("abbreviation", text("abbrev"));
  assign("place", text("place"));
  assign("signerAuthority", text("authority"));
  assign("signerTitle", text("signer-title"));
  assign("signerName", text("signer"));
  assign("focalUnit", text("focal-unit"));
  assign("leadUnit", text("lead"));
  assign("supportUnits", text("support"));
  if (values.recipient && values.recipient.length > 0) options.recipients = values.recipient;
  const date = text("date");
  if (date !== undefined) {
    const parsed = parseDate(date);
    if (!parsed) return "--date DD/MM/YYYY";
    options.date = parsed;
  }
  return { path: values.docx, options };
}

function parseDate(text: string): PlanDocumentOptions["date"] | null {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (day === undefined) return null;
  const value = { year: Number(year), month: Number(month), day: Number(day) };
  const check = new Date(Date.UTC(value.year, value.month - 1, value.day));
  const real = check.getUTCFullYear() === value.year && check.getUTCMonth() === value.month - 1 && check.getUTCDate() === value.day;
  return real && value.year >= 2000 && value.year <= 2100 ? value : null;
}
