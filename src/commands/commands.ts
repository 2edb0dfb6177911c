/**
 * The ribbon's function file (commands.html, <FunctionFile> in manifest.xml): registers "Kiểm tra" and
 * "Tạo GIẢI PHÁP" once Office is ready. They run without opening the task pane, over the same shared actions the
 * pane uses, and report the outcome in a small dialog. All logic lives in runCommand.ts, the actions and the domain.
 */
import { langOfLocale, type Lang } from "../domain";
import { createOfficeHost } from "../hosts/office/officeHost";
import { COMMAND_IDS, type CommandId } from "./commandIds";
import type { CommandReport } from "./commandReport";
import { completeCommand, runCheck, runCreateRemediation, type CommandContext } from "./runCommand";
import { showReport } from "./showReport";

/** Vietnamese for a Vietnamese Office and when the language is unknown; English otherwise. */
function currentLang(): Lang {
  return langOfLocale(Office.context.displayLanguage);
}

function show(report: CommandReport): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  const page = new URL("resultDialog.html", window.location.href).href;
  return showReport(report, Office.context.ui, page);
}

function register(id: CommandId, run: (context: CommandContext) => Promise<CommandReport>): void {
  const handler = (event: Office.AddinCommands.Event): void => {
    const lang = currentLang();
    void completeCommand(event, () => run({ host: createOfficeHost(undefined, undefined, { lang }), lang, today: new Date() }), show, lang);
  };
  if (Office.actions?.associate) Office.actions.associate(id, handler);
  // Older Office builds look the function up by name on the global object.
  (globalThis as Record<string, unknown>)[id] = handler;
}

Office.onReady(() => {
  register(COMMAND_IDS.checkWorkbook, runCheck);
  register(COMMAND_IDS.createRemediation, runCreateRemediation);
});
