// Compiles the `cchc` command line to build/cli/ with esbuild (runs on `npm ci`/`npm install` as `prepare`, and
// before `npm test`): bin/cchc.js then starts plain JavaScript instead of compiling TypeScript at every start.
// Packages stay external (required from node_modules), so a module like exceljs loads only on the path that uses it.
// Every *.ts file directly in src/cli/ whose name ends in "Worker.ts" is built as its own entry too (worker threads).
const { readdirSync } = require("node:fs");
const path = require("node:path");
const { buildSync } = require("esbuild");

const root = path.resolve(__dirname, "..");
const cliDir = path.join(root, "src", "cli");
const workers = readdirSync(cliDir).filter((name) => /Worker\.ts$/.test(name));

buildSync({
  entryPoints: [path.join(cliDir, "main.ts"), ...workers.map((name) => path.join(cliDir, name))],
  outdir: path.join(root, "build", "cli"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
