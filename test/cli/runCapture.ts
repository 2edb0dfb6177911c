import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/runCli";

/** The repository root and a sample's path, as a user would type it from there. */
export const ROOT = path.resolve(__dirname, "..", "..");
export const sample = (name: string): string => path.join(ROOT, "samples", name);

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `cchc <args>` in-process, capturing what it prints. */
export async function cchc(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Runs `node bin/cchc.js <args>` as a separate process, exactly as `npx cchc` does. */
export function spawnCchc(...args: string[]): CliRun {
  return spawnAs(undefined, args);
}

/** Runs `node bin/cchc.js <args>` as another user (only root may): for what root's privileges would hide. */
export function spawnCchcAs(uid: number, ...args: string[]): CliRun {
  return spawnAs(uid, args);
}

function spawnAs(uid: number | undefined, args: string[]): CliRun {
  const user = uid === undefined ? {} : { uid, gid: uid };
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "cchc.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    ...user,
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
