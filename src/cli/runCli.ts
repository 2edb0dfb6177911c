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
  // Loaded on demand, so `cchc --help` and argument errors never load the workbook reader and writer.
  if (command.kind === "check") return (await import("./checkCommand")).runCheck(command, io);
  return (await import("./planCommand")).runPlan(command, io);
}
