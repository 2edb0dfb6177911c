#!/usr/bin/env node
// `cchc` command line (see README). Runs the JavaScript that `npm ci` compiled into build/cli/ (scripts/build-cli.js);
// in a checkout where that step has not run, it compiles the TypeScript sources on the fly through tsx instead.
const path = require("path");
const { existsSync } = require("fs");

const compiled = path.join(__dirname, "..", "build", "cli", "main.js");
if (existsSync(compiled)) {
  require(compiled);
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts");
}
