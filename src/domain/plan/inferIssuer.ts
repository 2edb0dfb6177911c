import { normalizeText } from "../base/normalizeText";
import { namesUnit } from "../read/readUnitName";

/** What a workbook's title rows say about who issues the plan; every field null when they do not say it. */
export interface InferredIssuer {
  /** "UBND tỉnh Hà Tĩnh", "UBND TỈNH". */
  parentBody: string | null;
  /** "SỞ NGOẠI VỤ", "Sở Ngoại vụ", "VĂN PHÒNG UBND TỈNH". */
  body: string | null;
  /** "Hà Tĩnh": the province or city named after the body. */
  place: string | null;
}

const LOCALITY = /\s+(tỉnh|thành phố|tp\.?)\s+(\S.*)$/iu;

/**
 * The header of the plan from the scoring sheet's title rows (readTitleTexts) and the unit they name (readUnitName,
 * the one reader of unit names), without inventing anything:
 *
 * - the body is the unit's name;
 * - its parent is the unit line just above the body's line, as the header of an official form prints them ("UBND
 *   TỈNH" above "VĂN PHÒNG UBND TỈNH");
 * - the place is the province or city the body's line (or the parent's) ends with ("SỞ NGOẠI VỤ TỈNH HÀ TĨNH",
 *   "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh" -> "Hà Tĩnh"); a Sở without a parent line gets its provincial People's
 *   Committee, which a Sở belongs to by law ("UBND tỉnh Hà Tĩnh").
 */
export function inferIssuer(titleTexts: readonly string[], unitName: string | null): InferredIssuer {
  if (unitName === null) return { parentBody: null, body: null, place: null };
  const lines = titleTexts.flatMap((text) => text.split(/\r?\n/)).map((line) => line.replace(/\s+/g, " ").trim());
  const unit = normalizeText(unitName);
  const at = lines.findIndex((line) => normalizeText(line).includes(unit));
  const above = at > 0 && namesUnit(lines[at - 1]) && normalizeText(lines[at - 1]) !== unit ? lines[at - 1] : null;
  const locality = (at >= 0 ? LOCALITY.exec(lines[at]) : null) ?? (above ? LOCALITY.exec(above) : null);
  const place = locality ? titleCase(locality[2]) : null;
  const kind = locality ? (/^tp/i.test(locality[1]) ? "thành phố" : locality[1].toLowerCase()) : null;
  const parentBody = above ?? (place && /^sở\s/iu.test(unitName) ? `UBND ${kind} ${place}` : null);
  return { parentBody, body: unitName, place };
}

/** "HÀ TĨNH" -> "Hà Tĩnh" (place names capitalise every word). */
function titleCase(text: string): string {
  return text.trim().toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
