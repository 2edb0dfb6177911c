/**
 * Validates manifest.xml offline (`npm run validate`): `office-addin-manifest validate` posts to an online service,
 * so instead (1) libxml2's xmllint, compiled to WebAssembly (the `xmllint-wasm` package: no system package, works on
 * Windows too), checks it against Microsoft's XSDs kept in ../shared/schemas/office-addin-manifest/, and
 * (2) `office-addin-manifest info` must read it. Exits 1 when either fails. test/manifest.test.ts runs the same checks.
 *
 * The schema folder can be moved with the environment variable MANIFEST_SCHEMA_DIR.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";

export interface CheckResult {
  ok: boolean;
  /** What was run, for the report. */
  command: string;
  /** What the tool said (stdout and stderr), or why it could not run. */
  output: string;
}

export const REPO_ROOT = resolve(__dirname, "..");
export const MANIFEST_PATH = join(REPO_ROOT, "manifest.xml");

/** The root XSD for task-pane manifests (imports the VersionOverrides and basic-type schemas beside it). */
export function findSchema(): string {
  const dir = process.env.MANIFEST_SCHEMA_DIR ?? join(REPO_ROOT, "..", "shared", "schemas", "office-addin-manifest");
  return join(dir, "OfficeAppManifestV1_1.xsd");
}

function run(program: string, args: string[]): CheckResult {
  const result = spawnSync(program, args, { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  const command = [program, ...args].join(" ");
  if (result.error) return { ok: false, command, output: String(result.error.message) };
  return { ok: result.status === 0, command, output: `${result.stdout}${result.stderr}`.trim() };
}

/** The manifest checked against the XSDs (the root schema and the ones it imports, all loaded from its folder). */
export async function checkSchema(manifest = MANIFEST_PATH): Promise<CheckResult> {
  const schema = findSchema();
  const command = `xmllint-wasm --schema ${basename(schema)} ${basename(manifest)}`;
  if (!existsSync(schema)) {
    return {
      ok: false,
      command,
      output: `Manifest schemas not found at ${dirname(schema)} (expected ../shared/schemas/office-addin-manifest/ next to the repo, or set MANIFEST_SCHEMA_DIR).`,
    };
  }
  const dir = dirname(schema);
  const imported = readdirSync(dir).filter((name) => name.endsWith(".xsd") && name !== basename(schema));
  const result = await validateXML({
    xml: { fileName: basename(manifest), contents: readFileSync(manifest, "utf8") },
    schema: { fileName: basename(schema), contents: readFileSync(schema, "utf8") },
    preload: imported.map((name) => ({ fileName: name, contents: readFileSync(join(dir, name), "utf8") })),
  });
  const output = result.valid ? `${basename(manifest)} validates` : result.errors.map((e) => e.rawMessage).join("\n");
  return { ok: result.valid, command, output };
}

/** office-addin-manifest info manifest.xml: must parse and report the add-in's Id. */
export function checkInfo(manifest = MANIFEST_PATH): CheckResult {
  const cli = join(dirname(require.resolve("office-addin-manifest/package.json")), "cli.js");
  const result = run(process.execPath, [cli, "info", manifest]);
  return { ...result, command: `office-addin-manifest info ${manifest}`, ok: result.ok && /^\s*Id: [0-9a-f-]{36}$/m.test(result.output) };
}

async function main(): Promise<void> {
  const results = [await checkSchema(), checkInfo()];
  for (const result of results) {
    console.log(`${result.ok ? "OK  " : "FAIL"} ${result.command}\n${result.output.replace(/^/gm, "     ")}\n`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(failed === 0 ? "manifest.xml is valid (offline checks)." : `manifest.xml: ${failed} check(s) failed.`);
  process.exitCode = failed === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) void main();
