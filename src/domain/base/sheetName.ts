/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FALLBACK_NAME = "GIẢI PHÁP";

/**
 * A sheet name not in `existing`: `base` itself, else "GIẢI PHÁP (2)", "GIẢI PHÁP (3)", … Follows Excel's rules:
 * names compare without case ("giải pháp" clashes with "GIẢI PHÁP"), the characters \ / ? * [ ] : are removed, a
 * name may not start or end with an apostrophe, may not be "History" (reserved), and has at most 31 characters —
 * the base is shortened, never the " (n)" suffix. An empty base becomes "GIẢI PHÁP".
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(foldName));
  const clean = cleanSheetName(base) || FALLBACK_NAME;
  const first = fitName(clean, "");
  if (!taken.has(foldName(first)) && foldName(first) !== "history") return first;
  for (let n = 2; ; n++) {
    const candidate = fitName(clean, ` (${n})`);
    if (!taken.has(foldName(candidate))) return candidate;
  }
}

/** The name without the characters Excel refuses, without edge apostrophes and surrounding spaces. */
export function cleanSheetName(name: string): string {
  return trimName(name.normalize("NFC").replace(/[\\/?*[\]:]/g, "").replace(/\p{Cc}/gu, ""));
}

function fitName(base: string, suffix: string): string {
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  const shortened = base.length > room ? trimName(base.slice(0, room)) : base;
  return `${shortened || FALLBACK_NAME.slice(0, room)}${suffix}`;
}

function trimName(name: string): string {
  return name.trim().replace(/^'+|'+$/g, "").trim();
}

/** Excel compares sheet names without case. */
function foldName(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}
