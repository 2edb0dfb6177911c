/**
 * Entry point of `cchc` (bin/cchc.js loads this through tsx). See README "Dòng lệnh" for commands and exit codes.
 * An unexpected failure prints one line (the stack only with CCHC_DEBUG=1) and exits 2.
 */
import { processIo } from "./io";
import { runCli } from "./runCli";

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cchc: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.CCHC_DEBUG) console.error(error);
    process.exitCode = 2;
  },
);
