import type { AnalysisOptions, Lang } from "../domain";
import type { CliIo } from "./io";
import { loadFramework } from "./loadFramework";
import { cliStrings } from "./strings";

/**
 * The analysis options with `--framework FILE` read into them (said on stderr), or null after printing why the
 * framework cannot be used (the command then exits 2). Without a framework file, the options as they are.
 */
export async function withFramework(
  options: AnalysisOptions,
  file: string | undefined,
  lang: Lang,
  io: CliIo,
): Promise<AnalysisOptions | null> {
  if (file === undefined) return options;
  const loaded = await loadFramework(file, lang);
  if (!loaded.ok) {
    io.err(loaded.message);
    return null;
  }
  io.err(cliStrings(lang).frameworkUsed(loaded.framework.name, loaded.framework.criteria.length));
  return { ...options, framework: loaded.framework };
}
