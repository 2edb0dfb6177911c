import type { HighlightRule } from "../../../domain";
import { addConditionalFormats, addConditionalFormatsToPart } from "./addHighlightXml";

const rules: HighlightRule[] = [
  { sheet: "Điểm", range: "A7:H7", formula: "=AND($E7<$C7,'Điểm'!$A7<>\"\")", fill: "FFFFC7CE" },
  { sheet: "Điểm", range: "A9:H9", formula: "=$E9<$C9", fill: "FFFFEB9C" },
] as HighlightRule[];

/** A worksheet part of more than 1 MB (so that it is edited as bytes), Vietnamese text in every row. */
function bigSheet(options: { prefix?: string; bom?: boolean; tail?: string; selfClosing?: boolean } = {}): string {
  const p = options.prefix ?? "";
  const rows: string[] = [];
  for (let r = 1; r <= 12_000; r++) rows.push(`<${p}row r="${r}"><${p}c r="A${r}" t="inlineStr"><${p}is><${p}t>Tiêu chí ${r} — đạt</${p}t></${p}is></${p}c></${p}row>`);
  const data = options.selfClosing ? `<${p}sheetData/>` : `<${p}sheetData>${rows.join("")}</${p}sheetData>`;
  const filler = options.selfClosing ? `<!-- ${"Ư".repeat(600_000)} -->` : "";
  return `${options.bom ? "\uFEFF" : ""}<?xml version="1.0" encoding="UTF-8"?>\n<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="m">${filler}${data}${options.tail ?? ""}</${p}worksheet>`;
}

describe("addConditionalFormatsToPart", () => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const cases: [string, string][] = [
    ["plain", bigSheet()],
    ["prefixed, with a BOM", bigSheet({ prefix: "x:", bom: true })],
    ["existing formats and a drawing after sheetData", bigSheet({ tail: '<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="0" priority="7"><formula>1</formula></cfRule></conditionalFormatting><pageMargins left="0.7"/><drawing r:id="rId1"/>' })],
    ["self-closing sheetData", bigSheet({ selfClosing: true, tail: "<pageMargins/>" })],
  ];

  it.each(cases)("gives the bytes the text edit gives, on a large part (%s)", (_, xml) => {
    const bytes = encoder.encode(xml);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const expected = encoder.encode(addConditionalFormats(decoder.decode(bytes), rules, [3, 4]));
    const actual = addConditionalFormatsToPart(bytes, rules, [3, 4]);
    expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
    expect(decoder.decode(actual)).toContain('priority="');
  });

  it("refuses a sheet whose sheetData is not closed, as the text edit does", () => {
    const bytes = encoder.encode(bigSheet().replace("</sheetData>", ""));
    expect(() => addConditionalFormatsToPart(bytes, rules, [3, 4])).toThrow(/sheetData/);
  });
});
