// Runs the review worker from its TypeScript source (under jest, tsx or bin/run-ts.js); a compiled CLI loads
// build/reviewWorker.js instead (see reviewPool.ts).
require("tsx/cjs");
require("./reviewWorker.ts");
