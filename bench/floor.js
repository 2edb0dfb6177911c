// The floor for `cchc check` (npm run bench): node's own zlib inflating the parts a check needs — workbook.xml, its
// relations, styles, shared strings and the first worksheet (the scoring sheet in the bench's workbooks) — then one
// scan counting cells. Nothing is parsed or kept: no reader can do less and still look at every cell.
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");

const bytes = readFileSync(process.argv[2]);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
let end = bytes.length - 22;
while (view.getUint32(end, true) !== 0x06054b50) end--;
const count = view.getUint16(end + 10, true);
const wanted = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]);
let at = view.getUint32(end + 16, true);
let cells = 0;
let inflated = 0;
for (let i = 0; i < count; i++) {
  const nameLength = view.getUint16(at + 28, true);
  const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
  const size = view.getUint32(at + 20, true);
  const local = view.getUint32(at + 42, true);
  if (wanted.has(name)) {
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(data, data + size);
    const xml = view.getUint16(at + 10, true) === 8 ? inflateRawSync(raw) : raw;
    inflated += xml.length;
    for (let p = xml.indexOf("<c "); p >= 0; p = xml.indexOf("<c ", p + 3)) cells++;
  }
  at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
}
process.stdout.write(`${cells} cells, ${inflated} bytes inflated\n`);
