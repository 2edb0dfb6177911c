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
const BODY_START = /^(ubnd|uy ban nhan dan|so|van phong|ban|phong|chi cuc|cuc|trung tam|thanh tra|hoi dong nhan dan|hdnd|tong cuc|dai|truong|benh vien)\b/;
/** Title lines that start like a body's name but name a form ("BAN HÀNH KÈM THEO…", "… CHỈ SỐ CCHC NĂM 2023"). */
const NOT_A_BODY = /\b(chi so|cchc|nam (19|20)\d\d|tieu chi|ban hanh|kem theo|danh gia|cham diem)\b/;
/** "Đơn vị: …", "Cơ quan: …", "Tên đơn vị: …". */
const UNIT_LABEL = /^(ten )?(don vi|co quan)( ban hanh| danh gia| tu danh gia)?\s*:\s*/;
const LABEL_ALONE = /^(ten )?(don vi|co quan)\s*:?$/;
const LOCALITY = /\s+(tỉnh|thành phố|tp\.?)\s+(.+)$/iu;

/**
 * Reads the issuing body from the title rows of a scoring sheet (see readTitleTexts), without inventing anything:
 *
 * - a labelled line "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh" (or "Đơn vị" and the name in two cells) gives the body "Sở Ngoại vụ", the place "Hà Tĩnh" and, for a
 *   Sở (a department of the provincial People's Committee by law), the parent "UBND tỉnh Hà Tĩnh";
 * - otherwise the lines in capitals naming a body, as the header block of an official form prints them
 *   ("UBND TỈNH" above "VĂN PHÒNG UBND TỈNH"): the last is the body, the one before it its parent; a single such
 *   line is read like a labelled one ("SỞ NGOẠI VỤ TỈNH HÀ TĨNH" -> "SỞ NGOẠI VỤ", "Hà Tĩnh", "UBND tỉnh Hà Tĩnh").
 */
export function inferIssuer(titleTexts: readonly string[]): InferredIssuer {
  for (const [index, text] of titleTexts.entries()) {
    const folded = fold(text);
    // "Đơn vị" in one cell and the name in the next.
    if (LABEL_ALONE.test(folded) && index + 1 < titleTexts.length) return fromUnitName(titleTexts[index + 1].trim());
    const label = UNIT_LABEL.exec(folded);
    if (label) return fromUnitName(text.normalize("NFC").slice(label[0].length).trim());
  }
  const bodies = titleTexts.filter((text) => {
    const folded = fold(text);
    return text === text.toUpperCase() && text.length <= 80 && BODY_START.test(folded) && !NOT_A_BODY.test(folded);
  });
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
