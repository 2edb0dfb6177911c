/**
 * Entry point of `cchc` (bin/cchc.js runs it as compiled by scripts/build-cli.js). See README "Dòng lệnh" for commands and exit codes.
 * An unexpected failure prints one line (the stack only with CCHC_DEBUG=1) and exits 2.
 */
import { processIo } from "./io";
import { runCli } from "./runCli";

// `cchc check … | head -1`: the reader closed the pipe and wants nothing more; end quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

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
