/**
 * Builds the add-in into dist/: the task pane (taskpane.html), the ribbon's function file (commands.html) and its
 * result dialog (resultDialog.html), the icons, the manifest, and a copy of office.js from @microsoft/office-js so the
 * pane also loads on networks that block Microsoft's CDN. Beside the add-in, the web page (web/index.html, its own
 * entry: the xlsx reader and writer never reach the task pane's bundle) and the same page as one self-contained file
 * (cchc-offline.html).
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

function copyPatterns() {
  return [
    // Already minified: without `minimized` Terser would re-minify 86 MB and the build would take minutes.
    { from: "node_modules/@microsoft/office-js/dist", to: "office", info: { minimized: true } },
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

/** @returns {Promise<import("webpack").Configuration>} */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.oneScript ? { import: page.entry, asyncChunks: false } : page.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (data) => `${PAGES.find((page) => page.name === data.chunk.name)?.folder ?? ""}${production ? "[name].[contenthash:8].js" : "[name].js"}`,
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the unused parts of Fluent UI; types are checked by `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map((page) => new HtmlWebpackPlugin({ filename: page.filename ?? `${page.name}.html`, template: page.template, chunks: [page.name] })),
      new CopyWebpackPlugin({ patterns: copyPatterns() }),
      new InlineOfflinePage({ page: "web/index.html", output: "cchc-offline.html" }),
    ],
    performance: {
      hints: production ? "warning" : false,
      // The task pane's budget is 250 KB gzip (bench/taskpane.bench.ts measures it); office.js is not ours.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      // The web page carries the xlsx reader and writer and is not loaded by Excel; bench/web.bench.ts measures it.
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office/") && !file.startsWith("web/"),
    },
    devServer: env.WEBPACK_SERVE ? await devServerConfig() : undefined,
  };
};
