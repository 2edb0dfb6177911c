/**
 * Text folded for matching headers, sheet names and keywords: no diacritics (đ -> d), lower case, single spaces,
 * trimmed. "  Điểm  TỰ đánh giá " -> "diem tu danh gia".
 */
export function normalizeText(text: string): string {
  return foldLatin(text) ?? foldAny(text);
}

/** The definition: Unicode decomposition, combining marks dropped, then case and spaces. */
function foldAny(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

// Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF: all of Vietnamese) folded by foldAny itself, once.
const LATIN_END = 0x1f00;
const LATIN_FOLD = buildLatinFold();

function buildLatinFold(): Uint16Array {
  const fold = new Uint16Array(LATIN_END);
  for (let code = 0xc0; code < LATIN_END; code++) {
    if (code >= 0x250 && code < 0x1e00) continue;
    const folded = foldAny(String.fromCharCode(code));
    if (/^[a-z0-9]$/.test(folded)) fold[code] = folded.charCodeAt(0);
  }
  return fold;
}

/**
 * foldAny's result for text made of ASCII, Latin letters with diacritics and combining marks, character by
 * character (normalize + five regex passes cost ~2 µs per title, and titles are folded per deduction); null for any
 * other character, which goes the general way.
 */
function foldLatin(text: string): string | null {
  let folded = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      space = folded !== "";
      continue;
    }
    if (code >= 0x300 && code <= 0x36f) continue; // a combining mark, as decomposed text types it
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 128) {
      code = code < LATIN_END ? LATIN_FOLD[code] : 0;
      if (code === 0) return null;
    }
    if (space) folded += " ";
    space = false;
    folded += String.fromCharCode(code);
  }
  return folded;
}
