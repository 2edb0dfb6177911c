/**
 * The ribbon commands' result dialog (resultDialog.html). With DialogApi 1.2 the page tells its opener it is ready
 * and receives the report by Dialog.messageChild (DialogParentMessageReceived); on older Office the report is in
 * the URL's query string. Close asks the opener to close the dialog. Plain DOM: it must open fast and weighs a few KB.
 */
import { commandStrings } from "./strings";
import { parseReport, readReportFromQuery } from "./reportUrl";
import { DIALOG_CLOSE, DIALOG_READY } from "./showReport";
import type { CommandReport } from "./commandReport";

function byId(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

function render(report: CommandReport): void {
  document.documentElement.lang = report.lang;
  document.body.dataset.tone = report.tone;
  byId("title").textContent = report.title;
  const list = byId("lines");
  list.textContent = "";
  for (const line of report.lines) list.appendChild(document.createElement("li")).textContent = line;
  byId("hint").textContent = report.hint ?? "";
  byId("hint").hidden = !report.hint;
  byId("close").textContent = commandStrings(report.lang).close;
}

function renderBroken(): void {
  const s = commandStrings("vi");
  render({ lang: "vi", tone: "error", title: s.failedTitle, lines: [s.unexpected] });
}

function close(): void {
  try {
    Office.context.ui.messageParent(DIALOG_CLOSE);
  } catch {
    window.close();
  }
}

/** Waits for the report from the opener (messageChild), then says "ready" so the opener sends it. */
function receiveReport(): void {
  const ui = Office.context.ui;
  const onMessage = (arg: { message?: string }) => {
    const report = parseReport(arg.message ?? null);
    if (report) render(report);
    else renderBroken();
  };
  ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, onMessage, (result) => {
    if (String(result.status) === "succeeded") ui.messageParent(DIALOG_READY);
    else renderBroken();
  });
}

byId("close").addEventListener("click", close);
const fromQuery = readReportFromQuery(window.location.search);
if (fromQuery) render(fromQuery);
else {
  byId("title").textContent = commandStrings("vi").loading;
  byId("close").textContent = commandStrings("vi").close;
}
Office.onReady(() => {
  if (!fromQuery) receiveReport();
  byId("close").focus();
});
