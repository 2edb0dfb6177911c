/**
 * The production build through webpack's Node API (the same webpack.config.js `npm run build` uses), for the
 * browser test and the bundle-size bench. `outDir` defaults to dist/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import webpack from "webpack";

const REPO_ROOT = resolve(__dirname, "..");
export const DIST_DIR = join(REPO_ROOT, "dist");

/**
 * Builds the add-in in production mode into `outDir`; resolves with the time taken, rejects with webpack's errors.
 * `pages` limits the build to those entries (e.g. ["web"] for the web page's test): their HTML pages only, and no
 * copy of office.js, icons or manifest.
 */
export async function buildAddin(outDir = DIST_DIR, pages?: string[]): Promise<{ ms: number; outDir: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfigs = require(join(REPO_ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration[]>;
  let configs = await makeConfigs({}, { mode: "production" });
  if (pages) configs = configs.filter((config) => limitToPages(config, pages));
  for (const config of configs) {
    config.output = { ...config.output, path: outDir };
    config.context = REPO_ROOT;
  }
  const started = Date.now();
  await new Promise<void>((done, fail) => {
    webpack(configs, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
  return { ms: Date.now() - started, outDir };
}

/** Keeps only the given pages' entries and HTML in one compilation; false when it builds none of them. */
function limitToPages(config: webpack.Configuration, pages: string[]): boolean {
  const entries = config.entry as Record<string, webpack.EntryObject[string]>;
  const kept = Object.keys(entries).filter((name) => pages.includes(name));
  if (kept.length === 0) return false;
  config.entry = Object.fromEntries(kept.map((page) => [page, entries[page]]));
  config.plugins = (config.plugins ?? []).filter((plugin) => {
    const options = (plugin as { userOptions?: { chunks?: string[] } }).userOptions;
    if (options?.chunks) return options.chunks.some((chunk) => pages.includes(chunk));
    return plugin?.constructor.name !== "CopyPlugin";
  });
  return true;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when dist/ holds a production build newer than every source it is made from. */
export function isDistFresh(outDir = DIST_DIR): boolean {
  const page = join(outDir, "taskpane.html");
  if (!existsSync(page) || !/\.[0-9a-f]{8}\.js/.test(readFileSync(page, "utf8"))) return false;
  const sources = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json"].map((p) => join(REPO_ROOT, p));
  return statSync(page).mtimeMs > Math.max(...sources.filter(existsSync).map(newestMtime));
}

/** The scripts an HTML page of the build loads, as paths relative to the build folder (office.js included). */
export function pageScripts(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), "utf8");
  // The minified HTML drops attribute quotes: src=a.js, src="a.js" and src='a.js' all occur.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)];
  return sources.map((m) => (m[1] ?? m[2] ?? m[3]).replace(/^\.?\//, ""));
}
