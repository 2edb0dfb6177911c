import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from "./legacyTables";

/**
 * A legacy Vietnamese encoding: TCVN3 (ABC, fonts .VnTime…), TCVN3 drawn all in capitals (fonts .VnTimeH…), or
 * VNI-Windows (fonts VNI-Times…).
 */
export type LegacyEncoding = "tcvn3" | "tcvn3-caps" | "vni";

/** The encoding a font name implies: ".VnTime" -> tcvn3, ".VnTimeH" -> tcvn3-caps, "VNI-Times" -> vni; else null. */
export function encodingOfFont(fontName: string | null | undefined): LegacyEncoding | null {
  if (!fontName) return null;
  const name = fontName.trim().toLowerCase();
  if (name.startsWith(".vn")) return name.endsWith("h") ? "tcvn3-caps" : "tcvn3";
  if (/^vni[- ]/.test(name)) return "vni";
  return null;
}

/** Text in `encoding` as Unicode NFC. `.VnTimeH` text is upper-cased, as the font draws it. */
export function decodeLegacyText(text: string, encoding: LegacyEncoding): string {
  const table = encoding === "vni" ? VNI_TO_UNICODE : TCVN3_TO_UNICODE;
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  out = out.normalize("NFC");
  return encoding === "tcvn3-caps" ? out.toUpperCase() : out;
}

/**
 * Guesses, from its characters alone, whether `text` is TCVN3 or VNI text (for cells whose font was lost or changed).
 * Unicode Vietnamese uses ASCII, the Vietnamese letters of Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý) and letters
 * beyond Latin-1 (ă đ ơ ư ạ ả …); legacy text shows other Latin-1 characters instead (¸ µ ® ø û ï ñ …). A guess is
 * made only when the text holds such characters and decoding it leaves none of them and no word with two tone marks.
 * Returns null for Unicode, plain ASCII and anything doubtful.
 */
export function guessLegacyEncoding(text: string): LegacyEncoding | null {
  if (!mayBeLegacy(text)) return null;
  const before = oddities(text);
  if (before === 0) return null;
  let best: { encoding: LegacyEncoding; odd: number; gained: number } | null = null;
  for (const encoding of ["tcvn3", "vni"] as const) {
    const decoded = decodeLegacyText(text, encoding);
    const odd = oddities(decoded);
    const gained = countVietnameseLetters(decoded);
    if (gained === 0 || odd * 4 > before) continue;
    if (!best || odd < best.odd || (odd === best.odd && gained > best.gained)) best = { encoding, odd, gained };
  }
  return best?.encoding ?? null;
}

const VIETNAMESE_LATIN1 = new Set([..."àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"]);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * One pass over the characters, so that the many Unicode cells of a large sheet cost little: false at the first letter
 * only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, ạ…ỹ, combining marks), and when no Latin-1 character other than the
 * Vietnamese letters (à á â ã è é ê ì í ò ó ô õ ù ú ý) appears.
 */
function mayBeLegacy(text: string): boolean {
  let odd = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1) continue;
    if (code <= 0xff) {
      if (!odd && !VIETNAMESE_LATIN1.has(text[i])) odd = true;
    } else if (isUnicodeVietnamese(code)) return false;
  }
  return odd;
}

function isUnicodeVietnamese(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    (code >= 0x0300 && code <= 0x0323) ||
    code === 0x0102 || code === 0x0103 || code === 0x0110 || code === 0x0111 || code === 0x0128 || code === 0x0129 ||
    code === 0x0168 || code === 0x0169 || code === 0x01a0 || code === 0x01a1 || code === 0x01af || code === 0x01b0
  );
}

/** Vietnamese letters beyond Latin-1 inside words of two letters or more (a lone "½" read as "ẵ" is no evidence). */
function countVietnameseLetters(text: string): number {
  let count = 0;
  for (const word of text.match(/\p{L}{2,}/gu) ?? []) {
    count += word.match(/[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g)?.length ?? 0;
  }
  return count;
}

/**
 * What does not read as Vietnamese: Latin-1 characters that are not Vietnamese letters, words carrying more than one
 * tone mark, and vowel groups no Vietnamese syllable has ("aư" from VNI text read as TCVN3, "iư" the other way).
 */
function oddities(text: string): number {
  let odd = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) odd += 1;
  }
  for (const word of text.normalize("NFD").split(/[^\p{L}\p{M}]+/u)) {
    const tones = word.match(TONES);
    if (tones && tones.length > 1) odd += 1;
    const bare = word.replace(TONES, "").normalize("NFC").toLowerCase();
    for (const group of bare.match(VOWEL_GROUP) ?? []) if (!NUCLEI.has(group)) odd += 1;
  }
  return odd;
}

const VOWEL_GROUP = /[aăâeêioôơuưy]+/g;

/** The vowel groups of Vietnamese syllables, without tone marks ("qu" and "gi" onsets included). */
const NUCLEI = new Set(
  (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê " +
    "iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu uai uao uay ueo uêu uoi uyê iêu uơi uya"
  ).split(" "),
);
