import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
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
export function App({ host, lang: initialLang = "vi", today, langStorage }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [checkedOn] = useState(() => today ?? new Date());
  const view = useAnalysis(host, lang, checkedOn);
  const changeLang = (next: Lang) => {
    setLang(next);
    storeLang(next, langStorage);
  };
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <AriaLiveAnnouncer>
        <StringsContext.Provider value={stringsFor(lang)}>{renderApp(view, { lang, changeLang })}</StringsContext.Provider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
