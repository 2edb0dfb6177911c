import { decodeLegacyText, encodingOfFont, guessLegacyEncoding } from "./decodeLegacyText";

/**
 * Every Vietnamese vowel with its five tones (order: none, sắc, huyền, hỏi, ngã, nặng). The TCVN3 lines are the bytes
 * GNU iconv gives for TCVN5712-1, written as the Windows-1252 characters Excel stores; the VNI lines are typed from
 * the VNI-Windows keyboard table (base letter + mark byte).
 */
const UNICODE_ROWS = [
  "a á à ả ã ạ", "ă ắ ằ ẳ ẵ ặ", "â ấ ầ ẩ ẫ ậ", "e é è ẻ ẽ ẹ", "ê ế ề ể ễ ệ", "i í ì ỉ ĩ ị",
  "o ó ò ỏ õ ọ", "ô ố ồ ổ ỗ ộ", "ơ ớ ờ ở ỡ ợ", "u ú ù ủ ũ ụ", "ư ứ ừ ử ữ ự", "y ý ỳ ỷ ỹ ỵ",
];
const TCVN3_ROWS = [
  "a \u00b8 \u00b5 \u00b6 \u00b7 \u00b9", "\u00a8 \u00be \u00bb \u00bc \u00bd \u00c6",
  "\u00a9 \u00ca \u00c7 \u00c8 \u00c9 \u00cb", "e \u00d0 \u00cc \u00ce \u00cf \u00d1",
  "\u00aa \u00d5 \u00d2 \u00d3 \u00d4 \u00d6", "i \u00dd \u00d7 \u00d8 \u00dc \u00de",
  "o \u00e3 \u00df \u00e1 \u00e2 \u00e4", "\u00ab \u00e8 \u00e5 \u00e6 \u00e7 \u00e9",
  "\u00ac \u00ed \u00ea \u00eb \u00ec \u00ee", "u \u00f3 \u00ef \u00f1 \u00f2 \u00f4",
  "\u00ad \u00f8 \u00f5 \u00f6 \u00f7 \u00f9", "y \u00fd \u00fa \u00fb \u00fc \u00fe",
];
const VNI_ROWS = [
  "a aù aø aû aõ aï", "aê aé aè aú aü aë", "aâ aá aà aå aã aä", "e eù eø eû eõ eï", "eâ eá eà eå eã eä",
  "i í ì æ ó ò", "o où oø oû oõ oï", "oâ oá oà oå oã oä", "ô ôù ôø ôû ôõ ôï", "u uù uø uû uõ uï",
  "ö öù öø öû öõ öï", "y yù yø yû yõ î",
];
const VNI_UPPER_ROWS = [
  "A AÙ AØ AÛ AÕ AÏ", "AÊ AÉ AÈ AÚ AÜ AË", "AÂ AÁ AÀ AÅ AÃ AÄ", "E EÙ EØ EÛ EÕ EÏ", "EÂ EÁ EÀ EÅ EÃ EÄ",
  "I Í Ì Æ Ó Ò", "O OÙ OØ OÛ OÕ OÏ", "OÂ OÁ OÀ OÅ OÃ OÄ", "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ", "U UÙ UØ UÛ UÕ UÏ",
  "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ", "Y YÙ YØ YÛ YÕ Î",
];

describe("decodeLegacyText", () => {
  it.each(UNICODE_ROWS.map((row, i) => [row, TCVN3_ROWS[i]]))("TCVN3: %s", (unicode, tcvn3) => {
    expect(decodeLegacyText(tcvn3, "tcvn3")).toBe(unicode);
  });

  it.each(UNICODE_ROWS.map((row, i) => [row.toUpperCase(), TCVN3_ROWS[i]]))(
    ".VnTimeH draws the same codes as capitals: %s",
    (upper, tcvn3) => {
      expect(decodeLegacyText(tcvn3, "tcvn3-caps")).toBe(upper);
    },
  );

  it("TCVN3: đ and the seven upper-case letters .VnTime has", () => {
    expect(decodeLegacyText("\u00ae \u00a1 \u00a2 \u00a3 \u00a4 \u00a5 \u00a6 \u00a7", "tcvn3")).toBe("đ Ă Â Ê Ô Ơ Ư Đ");
  });

  it("TCVN3: the five separate tone marks combine with the letter before them", () => {
    expect(decodeLegacyText("a\u00b3 \u00aa\u00b4 o\u00b0 u\u00b1 y\u00b2", "tcvn3")).toBe("á ệ ò ủ ỹ");
  });

  it.each(UNICODE_ROWS.map((row, i) => [row, VNI_ROWS[i]]))("VNI lower case: %s", (unicode, vni) => {
    expect(decodeLegacyText(vni, "vni")).toBe(unicode);
  });

  it.each(UNICODE_ROWS.map((row, i) => [row.toUpperCase(), VNI_UPPER_ROWS[i]]))("VNI upper case: %s", (upper, vni) => {
    expect(decodeLegacyText(vni, "vni")).toBe(upper);
  });

  it("VNI: đ and Đ", () => {
    expect(decodeLegacyText("ñ Ñ", "vni")).toBe("đ Đ");
  });

  it("gives NFC text (one code point per letter)", () => {
    const text = decodeLegacyText("Tieâu chí ñaùnh giaù", "vni");
    expect(text).toBe("Tiêu chí đánh giá");
    expect(text).toBe(text.normalize("NFC"));
  });

  it("converts whole titles, codes and figures kept", () => {
    expect(decodeLegacyText("Tiªu chÝ 1.2: Møc ®é hoµn thµnh kÕ ho¹ch c¶i c¸ch hµnh chÝnh", "tcvn3")).toBe(
      "Tiêu chí 1.2: Mức độ hoàn thành kế hoạch cải cách hành chính",
    );
    expect(decodeLegacyText("Tæng céng", "tcvn3")).toBe("Tổng cộng");
    expect(decodeLegacyText("tæng ®iÓm", "tcvn3-caps")).toBe("TỔNG ĐIỂM");
    expect(decodeLegacyText("Ñieåm toái ña", "vni")).toBe("Điểm tối đa");
  });
});

describe("encodingOfFont", () => {
  it.each([
    [".VnTime", "tcvn3"],
    [".VnArial", "tcvn3"],
    [".VnTimeH", "tcvn3-caps"],
    [".VnArialH", "tcvn3-caps"],
    ["VNI-Times", "vni"],
    ["VNI-Helve", "vni"],
    ["Times New Roman", null],
    ["Arial", null],
    [undefined, null],
  ])("%s -> %s", (font, encoding) => {
    expect(encodingOfFont(font)).toBe(encoding);
  });
});

describe("guessLegacyEncoding", () => {
  it.each([
    ["§iÓm tèi ®a", "tcvn3"],
    ["Lý do trõ ®iÓm", "tcvn3"],
    ["Tiªu chÝ 1.2: Møc ®é hoµn thµnh kÕ ho¹ch c¶i c¸ch hµnh chÝnh", "tcvn3"],
    ["TiÕng ViÖt", "tcvn3"],
    ["Ñieåm toái ña", "vni"],
    ["Xin chaøo caùc baïn", "vni"],
    ["Tieáng Vieät raát hay", "vni"],
    ["ÑIEÅM THAÅM ÑÒNH", "vni"],
  ])("%s is %s", (text, encoding) => {
    expect(guessLegacyEncoding(text)).toBe(encoding);
  });

  it.each([
    "Điểm tối đa",
    "Ghi chú",
    "Lý do",
    "toán học",
    "Tài liệu kiểm chứng",
    "«Ghi chú»",
    "Café crème",
    "1,42/1,5",
    "TT",
    "Tiêu chí 1.2: Mức độ hoàn thành kế hoạch",
    "½",
    "± 0,5",
    "25°C",
    "© 2020",
  ])("leaves Unicode and other text alone: %s", (text) => {
    expect(guessLegacyEncoding(text)).toBeNull();
  });
});
