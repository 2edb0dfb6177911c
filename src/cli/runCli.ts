import { parseCliArgs } from "./args";
import { EXIT, type CliIo } from "./io";
import { cliStrings } from "./strings";

/**
 * The whole `cchc` command line, given its arguments (without node and script) and where to write; returns the exit
 * code. Tests call this in-process; src/cli/main.ts calls it with the real process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    const s = cliStrings(parsed.lang);
    io.err(s.badArgs(parsed.error));
    io.err(s.usageHint);
    return EXIT.unusable;
  }
  const { command } = parsed;
  if (command.kind === "help") {
    io.out(cliStrings(command.lang).help);
    return EXIT.ok;
  }
  // Required on demand, so `cchc --help` and argument errors never load the workbook reader and writer. `require`,
  // not `import()`: esbuild's bundle, jest and tsx's CommonJS loader (bench, bin without a build) all resolve it.
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (command.kind === "check") return (require("./checkCommand") as typeof import("./checkCommand")).runCheck(command, io);
  if (command.kind === "review") return (require("./reviewCommand") as typeof import("./reviewCommand")).runReview(command, io);
  return (require("./planCommand") as typeof import("./planCommand")).runPlan(command, io);
  /* eslint-enable @typescript-eslint/no-require-imports */
}
