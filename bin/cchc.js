#!/usr/bin/env node
// `cchc` command line (see README). Runs the TypeScript sources through tsx: works right after `npm ci`.
require("tsx/cjs");
require("../src/cli/main.ts");
