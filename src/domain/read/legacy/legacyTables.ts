/**
 * The two legacy Vietnamese 8-bit encodings still found in old workbooks, as tables of our own written from the
 * public standards. Excel keeps such text as the Windows-1252 characters of its bytes (the font draws them as
 * Vietnamese letters), so each table maps those characters to Unicode.
 *
 * - TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime, .VnArial…): one byte per letter. Lower-case letters carry their
 *   tone mark; upper-case letters exist only for Ă Â Ê Ô Ơ Ư Đ — the all-caps fonts (.VnTimeH…) draw the lower-case
 *   codes as capitals. Bytes B0–B4 are the five tone marks on their own (combining).
 * - VNI-Windows (fonts VNI-Times, VNI-Helve…): a base letter followed by one mark byte (tone, circumflex, breve, or
 *   both); ơ ư đ and the toned i, ỵ are single bytes. Upper-case letters use the upper-case mark bytes.
 */

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** Tone order of the TCVN3 rows below: none, huyền, hỏi, ngã, sắc, nặng. */
const TCVN3_TONES = ["", GRAVE, HOOK, TILDE, ACUTE, DOT];

/** TCVN 5712:1993 (VN3), one row per vowel: the bytes (as Windows-1252 characters) for each tone of the row. */
const TCVN3_VOWELS: [string, string][] = [
  ["a", "aµ¶·¸¹"],
  ["ă", "¨»¼½¾Æ"],
  ["â", "©ÇÈÉÊË"],
  ["e", "eÌÎÏÐÑ"],
  ["ê", "ªÒÓÔÕÖ"],
  ["i", "i×ØÜÝÞ"],
  ["o", "oßáâãä"],
  ["ô", "«åæçèé"],
  ["ơ", "¬êëìíî"],
  ["u", "uïñòóô"],
  ["ư", "\u00adõö÷øù"],
  ["y", "yúûüýþ"],
];

/** TCVN3 letters without tone: the seven upper-case letters it has, and đ. */
const TCVN3_LETTERS: [string, string][] = [
  ["¡", "Ă"],
  ["¢", "Â"],
  ["£", "Ê"],
  ["¤", "Ô"],
  ["¥", "Ơ"],
  ["¦", "Ư"],
  ["§", "Đ"],
  ["®", "đ"],
  ["°", GRAVE],
  ["±", HOOK],
  ["²", TILDE],
  ["³", ACUTE],
  ["´", DOT],
];

function buildTcvn3(): Map<string, string> {
  const table = new Map<string, string>(TCVN3_LETTERS);
  for (const [base, codes] of TCVN3_VOWELS) {
    [...codes].forEach((code, tone) => {
      if (code !== base) table.set(code, (base + TCVN3_TONES[tone]).normalize("NFC"));
    });
  }
  return table;
}

/** TCVN3 character -> Unicode (NFC). Characters not in the table are themselves. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTcvn3();

/** VNI-Windows lower-case mark bytes (as Windows-1252 characters) and the combining marks they add. */
const VNI_MARKS: [string, string][] = [
  ["ù", ACUTE],
  ["ø", GRAVE],
  ["û", HOOK],
  ["õ", TILDE],
  ["ï", DOT],
  ["â", CIRCUMFLEX],
  ["á", CIRCUMFLEX + ACUTE],
  ["à", CIRCUMFLEX + GRAVE],
  ["å", CIRCUMFLEX + HOOK],
  ["ã", CIRCUMFLEX + TILDE],
  ["ä", CIRCUMFLEX + DOT],
  ["ê", BREVE],
  ["é", BREVE + ACUTE],
  ["è", BREVE + GRAVE],
  ["ú", BREVE + HOOK],
  ["ü", BREVE + TILDE],
  ["ë", BREVE + DOT],
];

/** VNI-Windows single-byte letters (lower case). */
const VNI_LETTERS: [string, string][] = [
  ["ô", "ơ"],
  ["ö", "ư"],
  ["ñ", "đ"],
  ["í", "í"],
  ["ì", "ì"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["ò", "ị"],
  ["î", "ỵ"],
];

function buildVni(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [code, marks] of VNI_MARKS) {
    table.set(code, marks);
    table.set(code.toUpperCase(), marks);
  }
  for (const [code, letter] of VNI_LETTERS) {
    table.set(code, letter);
    table.set(code.toUpperCase(), letter.toUpperCase());
  }
  return table;
}

/**
 * VNI-Windows character -> Unicode: a letter, or the combining marks it adds to the letter before it (the result is
 * composed with NFC afterwards).
 */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = buildVni();
