import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../hosts/office/officeHost";
import { App } from "./App";
import { langFromDisplayLanguage } from "./strings";
import { readStoredLang } from "./strings/langPreference";

/**
 * Entry of the task pane bundle (webpack entry `taskpane`, template `taskpane.html`): waits for Office.js, picks the
 * language the user chose last time, else Office's display language, and renders the pane into #root.
 */
async function start(): Promise<void> {
  await Office.onReady();
  const container = document.getElementById("root");
  if (!container) return;
  const lang = readStoredLang() ?? langFromDisplayLanguage(Office.context?.displayLanguage);
  const host = createOfficeHost(undefined, undefined, { lang });
  createRoot(container).render(<App host={host} lang={lang} />);
}

void start();
