import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../domain";
import { useAnalysis } from "./analysis/useAnalysis";
import type { AppProps } from "./App.types";
import { renderApp } from "./renderApp";
import { stringsFor } from "./strings";
import { storeLang } from "./strings/langPreference";
import { StringsContext } from "./strings/stringsContext";

/**
 * The task pane: one hook holds the state, `renderApp` draws it with Fluent UI v9. Talks to the workbook only through
 * `host`, so the same pane runs inside Excel (Office host) or on a web page (browser host). Fluent's announcer is
 * mounted here: MessageBars and the verdict speak through it.
 */
export function App({ host, lang: langProp = "vi", onLangChange, today, langStorage, autoCheck = false }: AppProps) {
  const [lang, setLang] = useState<Lang>(langProp);
  // The page around the pane may switch language too (the web page's own switch): follow it.
  useEffect(() => setLang(langProp), [langProp]);
  const [checkedOn] = useState(() => today ?? new Date());
  const view = useAnalysis(host, lang, checkedOn);
  const changeLang = (next: Lang) => {
    setLang(next);
    storeLang(next, langStorage);
    onLangChange?.(next);
  };
  // Once, when the pane first shows; a later change of host remounts the pane (the web page keys it by file).
  useEffect(() => {
    if (autoCheck) view.check();
  }, []);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <AriaLiveAnnouncer>
        <StringsContext.Provider value={stringsFor(lang)}>{renderApp(view, { lang, changeLang })}</StringsContext.Provider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
