import type { FrameworkCriterion, FrameworkResult } from "../base/framework";
import { readCode } from "../read/parseCode";

/**
 * Reads a framework written as JSON:
 * `{ "name": "…", "total": 80, "criteria": [{ "code": "1.2", "title": "…", "max": 1.5, "assessed": false }] }`.
 * `total`, area entries and `assessed` are optional; an area's max may be null (the sum of its criteria).
 * Codes are normalised like the workbook's ("II" -> "2"). Never throws: a malformed field gives its path.
 */
export function parseFrameworkJson(value: unknown, fallbackName: string): FrameworkResult {
  if (!isObject(value) || !Array.isArray(value.criteria)) return { ok: false, where: "criteria" };
  if (value.total !== undefined && value.total !== null && !isNumber(value.total)) return { ok: false, where: "total" };
  const criteria: FrameworkCriterion[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of value.criteria.entries()) {
    const read = readEntry(entry);
    if (typeof read === "string") return { ok: false, where: `criteria[${index}]${read}` };
    if (seen.has(read.code)) return { ok: false, where: `criteria[${index}].code` };
    seen.add(read.code);
    criteria.push(read);
  }
  if (criteria.length === 0) return { ok: false, where: "criteria" };
  const name = typeof value.name === "string" && value.name.trim() !== "" ? value.name.trim() : fallbackName;
  return { ok: true, framework: { name, criteria, total: isNumber(value.total) ? value.total : null } };
}

function readEntry(entry: unknown): FrameworkCriterion | string {
  if (!isObject(entry)) return "";
  const code = typeof entry.code === "string" || isNumber(entry.code) ? normaliseCode(String(entry.code)) : null;
  if (code === null) return ".code";
  if (entry.title !== undefined && typeof entry.title !== "string") return ".title";
  const isArea = !code.includes(".");
  if (!isNumber(entry.max) && !(isArea && (entry.max === undefined || entry.max === null))) return ".max";
  if (entry.assessed !== undefined && typeof entry.assessed !== "boolean") return ".assessed";
  const criterion: FrameworkCriterion = { code, title: (entry.title ?? "").trim(), max: isNumber(entry.max) ? entry.max : null };
  if (entry.assessed === false) criterion.assessed = false;
  return criterion;
}

/** "II" -> "2", "2.6.1" stays; null when it is not a criterion code. */
function normaliseCode(text: string): string | null {
  const code = readCode(text.trim());
  if (!code) return null;
  return code.kind === "roman" ? String(code.area) : code.segments.join(".");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}
