/** What a workbook's title rows say about who issues the plan; every field null when they do not say it. */
export interface InferredIssuer {
  /** "UBND tỉnh Hà Tĩnh", "UBND TỈNH". */
  parentBody: string | null;
  /** "Sở Ngoại vụ", "VĂN PHÒNG UBND TỈNH". */
  body: string | null;
  /** "Hà Tĩnh": the province or city named after the body. */
  place: string | null;
}

/** Words an issuing body's name starts with (folded: lower case, no diacritics). */
const BODY_START = /^(ubnd|uy ban nhan dan|so|van phong|ban|phong|chi cuc|cuc|trung tam|thanh tra|hoi dong nhan dan|hdnd|bo|tong cuc|dai|truong|benh vien)\b/;
/** "Đơn vị: …", "Cơ quan: …", "Tên đơn vị: …". */
const UNIT_LABEL = /^(ten )?(don vi|co quan)( ban hanh| danh gia| tu danh gia)?\s*:\s*/;
const LOCALITY = /\s+(tỉnh|thành phố|tp\.?)\s+(.+)$/iu;

/**
 * Reads the issuing body from the title rows of a scoring sheet (see readTitleTexts), without inventing anything:
 *
 * - a labelled line "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh" gives the body "Sở Ngoại vụ", the place "Hà Tĩnh" and, for a
 *   Sở (a department of the provincial People's Committee by law), the parent "UBND tỉnh Hà Tĩnh";
 * - otherwise the lines in capitals naming a body, as the header block of an official form prints them
 *   ("UBND TỈNH" above "VĂN PHÒNG UBND TỈNH"): the last is the body, the one before it its parent; a single such
 *   line is read like a labelled one ("SỞ NGOẠI VỤ TỈNH HÀ TĨNH" -> "SỞ NGOẠI VỤ", "Hà Tĩnh", "UBND tỉnh Hà Tĩnh").
 */
export function inferIssuer(titleTexts: readonly string[]): InferredIssuer {
  for (const text of titleTexts) {
    const label = UNIT_LABEL.exec(fold(text));
    if (label) return fromUnitName(text.normalize("NFC").slice(label[0].length).trim());
  }
  const bodies = titleTexts.filter((text) => text === text.toUpperCase() && BODY_START.test(fold(text)) && text.length <= 80);
  if (bodies.length === 0) return { parentBody: null, body: null, place: null };
  const body = bodies[bodies.length - 1];
  if (bodies.length === 1) return fromUnitName(body);
  const parentBody = bodies[bodies.length - 2];
  return { parentBody, body, place: placeIn(body) ?? placeIn(parentBody) };
}

function fromUnitName(name: string): InferredIssuer {
  const locality = LOCALITY.exec(name);
  if (!locality) return { parentBody: null, body: name || null, place: null };
  const body = name.slice(0, locality.index).trim();
  const place = placeIn(name) ?? "";
  const kind = /^tp/i.test(locality[1]) ? "thành phố" : locality[1].toLowerCase();
  const parentBody = /^sở\s/iu.test(body) ? `UBND ${kind} ${place}` : null;
  return { parentBody, body, place };
}

/** "UBND TỈNH HÀ TĨNH" -> "Hà Tĩnh", "Sở Ngoại vụ tỉnh Hà Tĩnh" -> "Hà Tĩnh". */
function placeIn(name: string): string | null {
  const locality = LOCALITY.exec(name);
  if (!locality) return null;
  return locality[2].trim().toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Lower case without diacritics, one character per character of the NFC text (đ -> d), so indexes carry over. */
function fold(text: string): string {
  return Array.from(text.normalize("NFC").toLowerCase(), (char) =>
    char === "đ" ? "d" : char.normalize("NFD").replace(/[\u0300-\u036f]/g, "").charAt(0) || char,
  ).join("");
}
