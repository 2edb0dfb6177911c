import { join } from "node:path";
import { build } from "esbuild";

/**
 * Bundles fakeOfficePage.ts (the strict fake Excel + a fake Office, installed as window.Excel / window.Office) into
 * one browser script that stands in for office.js (CDN or bundled) in the real-browser test.
 */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "fakeOfficePage.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
