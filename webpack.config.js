/**
 * Builds the add-in into dist/: the task pane (taskpane.html), the ribbon's function file (commands.html) and its
 * result dialog (resultDialog.html), the ES5 check that runs first in old webviews (legacy-check.js) and the page it
 * points to (unsupported.html), the icons and the manifest. Beside the add-in, the web page (web/index.html, its own
 * entry: the xlsx reader and writer never reach the task pane's bundle) and the same page as one self-contained file
 * (cchc-offline.html). Every bundle is ES2020 (node_modules lowered by esbuild; test/e2e parses them with acorn at
 * that level).
 *
 * office.js comes from Microsoft's CDN by default, as Microsoft asks. For networks that block the CDN:
 *   OFFICE_JS=bundled npm run build    copies office.js from @microsoft/office-js into dist/office/ and loads it there
 *
 *   npm run build        production bundle in dist/
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (plain http, with a warning, when no
 *                        certificate can be made)
 *
 * ADDIN_URL=https://server/path npm run build   writes dist/manifest.xml with that address instead of
 * https://localhost:3000 (the manifest in the repo is left as it is).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { InlineOfflinePage } = require("./scripts/inlineOfflinePage");

const DEV_URL = "https://localhost:3000";
/** Where the pages load office.js from: Microsoft's CDN, or the copy in dist/office/ (OFFICE_JS=bundled). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_BUNDLED = "office/office.js";
/** The ES level of every bundle (see the README: Office 2019 and other IE11/EdgeHTML webviews get a message). */
const ES_TARGET = "es2020";
const DEV_PORT = 3000;

const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  { name: "resultDialog", entry: "./src/commands/resultDialog.ts", template: "./src/commands/resultDialog.html" },
  // One script: the lazily loaded parts of the pane (the Word writer) are bundled in, so the page and its
  // single-file copy never fetch a chunk (and work from file:// or a folder hosted alone).
  { name: "web", entry: "./src/web/index.tsx", template: "./src/web/index.html", filename: "web/index.html", folder: "web/", oneScript: true },
];

/** The manifest as served: its URLs point at ADDIN_URL when one is given. */
function transformManifest(content) {
  const target = process.env.ADDIN_URL;
  if (!target) return content;
  return content.toString().split(DEV_URL).join(target.replace(/\/+$/, ""));
}

function copyPatterns(bundledOffice) {
  return [
    // Already minified: without `minimized` Terser would re-minify 86 MB and the build would take minutes.
    ...(bundledOffice ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office", info: { minimized: true } }] : []),
    // Hand-written ES5 that must reach old webviews as it is (not minified into newer syntax).
    { from: "src/legacy/legacy-check.js", to: "[name][ext]", info: { minimized: true } },
    { from: "src/legacy/unsupported.html", to: "[name][ext]" },
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "manifest.xml", to: "[name][ext]", transform: transformManifest },
  ];
}

/** Where office-addin-dev-certs keeps its certificates. */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The certificates office-addin-dev-certs generated, even when their CA could not be trusted (no admin rights). */
function generatedCertificates() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.values(files).map((name) => path.join(CERT_DIR, name));
  if (!paths.every((file) => fs.existsSync(file))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([key, name]) => [key, fs.readFileSync(path.join(CERT_DIR, name))]));
}

/**
 * HTTPS options from office-addin-dev-certs. When the CA cannot be installed as trusted, the generated certificate
 * is still used (browsers and Office warn until it is trusted); with no certificate at all, plain http.
 */
async function devServerHttps() {
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (error) {
    const generated = generatedCertificates();
    const reason = String(error.message).split("\n")[0];
    if (generated) {
      console.warn(`WARNING: the development certificate is not trusted (${reason}). ` +
        "Excel will not load the pane until it is: run `npx office-addin-dev-certs install` as administrator.");
      return generated;
    }
    console.warn(`WARNING: no HTTPS certificate for the dev server (${reason}); serving plain http, which Excel ` +
      "does not load. Run `npx office-addin-dev-certs install` and restart.");
    return undefined;
  }
}

async function devServerConfig() {
  const https = await devServerHttps();
  return {
    port: DEV_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: https ? { type: "https", options: https } : { type: "http" },
    client: { overlay: { warnings: false } },
    static: false,
  };
}

/** What one of the two compilations builds: the add-in's pages, or the web page that must stay one script. */
const ADDIN_PAGES = PAGES.filter((page) => !page.oneScript);
const WEB_PAGES = PAGES.filter((page) => page.oneScript);
/** Files the web page's compilation writes; the add-in's compilation keeps them when it cleans dist/, and vice versa. */
const isWebOutput = (asset) => asset.startsWith("web/") || asset === "cchc-offline.html";

/**
 * Two compilations into one dist/: the add-in's pages, and the web page on its own. Apart, because the offline page
 * inlines one script: in a shared compilation webpack reuses the task pane's lazy chunk (the Word writer) for the web
 * page too, and the inlined page would then fetch it; its public path is fixed for the same reason (an inlined script
 * has no src for webpack's "auto" path to start from).
 * @returns {Promise<import("webpack").Configuration[]>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const bundledOffice = (env.OFFICE_JS ?? process.env.OFFICE_JS) === "bundled";
  const officeJs = bundledOffice ? OFFICE_JS_BUNDLED : OFFICE_JS_CDN;
  const common = {
    mode: production ? "production" : "development",
    target: ["web", ES_TARGET],
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the unused parts of Fluent UI; types are checked by `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", target: ES_TARGET, sourceMap: !production } },
          },
        },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, "scripts/webpack/esbuildLoader.js"), options: { target: ES_TARGET } },
        },
      ],
    },
  };
  const output = (pages, clean) => ({
    path: path.resolve(__dirname, "dist"),
    filename: (data) => `${pages.find((page) => page.name === data.chunk.name)?.folder ?? ""}${production ? "[name].[contenthash:8].js" : "[name].js"}`,
    clean,
  });
  const htmlPages = (pages) =>
    pages.map(
      (page) =>
        new HtmlWebpackPlugin({ filename: page.filename ?? `${page.name}.html`, template: page.template, chunks: [page.name], templateParameters: { officeJs } }),
    );
  const addin = {
    ...common,
    name: "addin",
    entry: Object.fromEntries(ADDIN_PAGES.map((page) => [page.name, page.entry])),
    output: output(ADDIN_PAGES, { keep: isWebOutput }),
    plugins: [...htmlPages(ADDIN_PAGES), new CopyWebpackPlugin({ patterns: copyPatterns(bundledOffice) })],
    performance: {
      hints: production ? "warning" : false,
      // The task pane's budget is 250 KB gzip (bench/taskpane.bench.ts measures it); office.js is not ours.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office/"),
    },
    devServer: env.WEBPACK_SERVE ? await devServerConfig() : undefined,
  };
  const web = {
    ...common,
    name: "web",
    entry: Object.fromEntries(WEB_PAGES.map((page) => [page.name, { import: page.entry, asyncChunks: false, publicPath: "" }])),
    output: output(WEB_PAGES, { keep: (asset) => !isWebOutput(asset) }),
    plugins: [...htmlPages(WEB_PAGES), new InlineOfflinePage({ page: "web/index.html", output: "cchc-offline.html" })],
    // The web page carries the xlsx reader and writer and is not loaded by Excel; bench/web.bench.ts measures it.
    performance: { hints: false },
  };
  return [addin, web];
};
