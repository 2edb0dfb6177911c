import { readFileSync } from "node:fs";
import { Inflate, inflateSync } from "fflate";
import { readZipDirectory, rawEntryData } from "../src/hosts/xlsx/package/zipDirectory";
const bytes = new Uint8Array(readFileSync("/tmp/i7/s100k.xlsx"));
const entry = readZipDirectory(bytes).entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
const raw = rawEntryData(bytes, entry);
let t = Date.now(); inflateSync(raw, { out: new Uint8Array(entry.size) }); console.log("sync", Date.now() - t);
for (const step of [16384, 65536, 1 << 20]) {
  t = Date.now(); let n = 0;
  const inf = new Inflate((c) => { n += c.length; });
  for (let at = 0; at < raw.length; at += step) inf.push(raw.subarray(at, at + step), at + step >= raw.length);
  console.log("stream", step, Date.now() - t, n);
}
