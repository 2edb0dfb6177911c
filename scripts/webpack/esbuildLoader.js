/**
 * A webpack loader that lowers the syntax of already-built JavaScript (node_modules) to the ES level the add-in
 * claims, with esbuild's transform: Fluent's `tabster` ships `??=` (ES2021), which the bundles must not carry.
 * Options: { target: "es2020" }. Imports and exports are left as they are (webpack still tree-shakes them).
 */
const { transform } = require("esbuild");

module.exports = function esbuildLoader(source) {
  const done = this.async();
  const { target } = this.getOptions();
  transform(source, { loader: "js", target, sourcefile: this.resourcePath, charset: "utf8" }).then(
    (result) => done(null, result.code),
    (error) => done(error),
  );
};
