/**
 * Renders the Kế hoạch (.docx) of each sample workbook to PNG pages, to look at them (run: `npm run render:docx
 * [DIR]`, default DIR render/docx, ignored by git). Uses the CLI path (`cchc plan --docx`), then LibreOffice
 * (`soffice --headless --convert-to pdf`) and poppler (`pdftoppm -png`). Not part of npm test: it needs both tools.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const RUNS: Array<{ name: string; args: string[] }> = [
  {
    // Seed 000's header, as a user would give it.
    name: "so-ngoai-vu-2020",
    args: [
      "samples/so-ngoai-vu-2020.xlsx",
      "--abbrev", "SNgV", "--date", "15/3/2021", "--signer", "Thái Phúc Sơn",
      "--focal-unit", "Văn phòng - Thanh tra Sở", "--lead", "Văn phòng - Thanh tra Sở", "--support", "Các phòng, đơn vị thuộc Sở",
    ],
  },
  // Nothing given: the header from the title rows, "…" for the rest.
  { name: "van-phong-ubnd-2018", args: ["samples/van-phong-ubnd-2018.xlsx"] },
  { name: "split-ubnd-xa-2023", args: ["samples/split-ubnd-xa-2023.xlsx"] },
];

function render(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const run of RUNS) {
    const docx = path.join(dir, `${run.name}.docx`);
    // The command line itself, as a user runs it.
    execFileSync(process.execPath, [path.join("bin", "cchc.js"), "plan", ...run.args, "--docx", docx], { stdio: "inherit" });
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore" });
    execFileSync("pdftoppm", ["-r", "70", "-png", path.join(dir, `${run.name}.pdf`), path.join(dir, run.name)]);
  }
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".png")).sort()) console.log(path.join(dir, file));
}

render(path.resolve(process.argv[2] ?? path.join("render", "docx")));
