/**
 * Webpack plugin for the web page. html-webpack-plugin writes the page's script as "../web/web.x.js" (relative to the
 * output root); the page's own folder is enough, so web/ can be hosted alone. After the build is written, the page is
 * copied into cchc-offline.html with its scripts inlined (at the end of <body>, where the deferred script would have
 * run), so it works opened straight from disk, a USB stick or an e-mail attachment. No other file is needed.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PLUGIN = "InlineOfflinePage";

/** Inlines every <script src> of `html` whose file is in `dir`; the script text is escaped for an HTML <script>. */
function inlineScripts(html, dir) {
  const scripts = [];
  const stripped = html.replace(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*><\/script>/g, (tag, a, b, c) => {
    const file = path.join(dir, a ?? b ?? c);
    scripts.push(fs.readFileSync(file, "utf8"));
    return "";
  });
  if (scripts.length === 0) throw new Error(`${PLUGIN}: no script to inline in ${dir}`);
  // "</script" would end the element early and "<!--" would change how the HTML parser reads the rest.
  const safe = scripts.map((code) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--"));
  // A function, not a string: "$&" and "$'" in the code must not be read as replacement patterns.
  const tags = safe.map((code) => `<script>${code}</script>`).join("");
  return stripped.replace("</body>", () => `${tags}</body>`);
}

class InlineOfflinePage {
  /** @param {{ page: string, output: string }} options page: the built HTML (relative to the output folder). */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const folder = path.posix.dirname(this.options.page);
    compiler.hooks.compilation.tap(PLUGIN, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap(PLUGIN, (data) => {
        if (data.outputName !== this.options.page) return data;
        for (const tag of data.assetTags.scripts) {
          const src = tag.attributes.src;
          if (typeof src === "string") tag.attributes.src = path.posix.relative(folder, path.posix.join(folder, src));
        }
        return data;
      });
    });
    compiler.hooks.afterEmit.tap(PLUGIN, () => {
      const out = compiler.outputPath;
      const page = path.join(out, this.options.page);
      const html = fs.readFileSync(page, "utf8");
      fs.writeFileSync(path.join(out, this.options.output), inlineScripts(html, path.dirname(page)));
    });
  }
}

module.exports = { InlineOfflinePage, inlineScripts };
