/**
 * The ribbon commands' result dialog (resultDialog.html): shows the report carried in the URL's fragment and tells
 * the function file when the user presses Close. Plain DOM: it must open fast and weighs a few KB.
 */
import { commandStrings } from "./strings";
import { readReport } from "./reportUrl";
import type { CommandReport } from "./commandReport";

function byId(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

function render(report: CommandReport): void {
  document.documentElement.lang = report.lang;
  document.body.dataset.tone = report.tone;
  byId("title").textContent = report.title;
  const list = byId("lines");
  for (const line of report.lines) list.appendChild(document.createElement("li")).textContent = line;
  if (report.hint) {
    byId("hint").textContent = report.hint;
    byId("hint").hidden = false;
  }
  byId("close").textContent = commandStrings(report.lang).close;
}

function close(): void {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    window.close();
  }
}

const report = readReport(window.location.hash);
render(report ?? { lang: "vi", tone: "error", title: commandStrings("vi").failedTitle, lines: [commandStrings("vi").unexpected] });
byId("close").addEventListener("click", close);
Office.onReady(() => byId("close").focus());
