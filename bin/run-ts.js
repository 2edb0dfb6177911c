#!/usr/bin/env node
// Runs a TypeScript entry point through tsx, so scripts work right after `npm ci` with no build step.
const path = require("path");
require("tsx/cjs");
const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
require(path.resolve(entry));
