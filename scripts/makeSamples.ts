/**
 * Writes the sample workbooks committed in samples/ (run: `node bin/run-ts.js scripts/makeSamples.ts`).
 * Each is built from a seed document (see scripts/samples/*Data.ts). Re-running overwrites them.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { buildMessy } from "./samples/messy";
import { buildSoNgoaiVu } from "./samples/soNgoaiVu";
import { buildSplitUbndXa } from "./samples/splitUbndXa";
import { buildVanPhongUbnd } from "./samples/vanPhongUbnd";

const SAMPLES: [string, () => ExcelJS.Workbook][] = [
  ["so-ngoai-vu-2020.xlsx", buildSoNgoaiVu],
  ["van-phong-ubnd-2018.xlsx", buildVanPhongUbnd],
  ["split-ubnd-xa-2023.xlsx", buildSplitUbndXa],
  ["error.messy.xlsx", buildMessy],
];

async function makeSamples(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [name, build] of SAMPLES) {
    const wb = build();
    // Fixed dates keep re-generated files comparable.
    wb.created = new Date("2021-03-15T08:00:00Z");
    wb.modified = wb.created;
    const file = path.join(dir, name);
    await wb.xlsx.writeFile(file);
    console.log(`đã ghi ${path.relative(process.cwd(), file)}`);
  }
}

makeSamples(path.resolve(__dirname, "..", "samples")).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
