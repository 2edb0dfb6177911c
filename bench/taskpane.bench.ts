/**
 * The task pane's initial JavaScript: the scripts taskpane.html loads (office.js excluded: it is Microsoft's and
 * cached by Office), raw and gzip, against the budget of 250 KB gzip. Reuses dist/ when it is a fresh production
 * build, else builds it (~25 s).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAddin, DIST_DIR, isDistFresh, pageScripts } from "../scripts/buildAddin";

const BUDGET_GZIP_KB = 250;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function run(): Promise<void> {
  if (isDistFresh()) {
    console.log("taskpane bundle: reusing the production build in dist/");
  } else {
    const { ms } = await buildAddin();
    console.log(`taskpane bundle: production build in ${(ms / 1000).toFixed(1)} s`);
  }
  // office.js (Microsoft's CDN, or office/ in a bundled build) is not ours.
  const scripts = pageScripts(DIST_DIR, "taskpane.html").filter((src) => !/(^|\/)office\.js$/.test(src));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join(DIST_DIR, src));
    const zipped = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(`  ${src}: ${kb(bytes.length)} raw, ${kb(zipped)} gzip`);
  }
  const verdict = gzip <= BUDGET_GZIP_KB * 1024 ? "within" : "OVER";
  console.log(`taskpane initial JS: ${kb(raw)} raw, ${kb(gzip)} gzip — ${verdict} the budget of ${BUDGET_GZIP_KB} KB gzip`);
}
