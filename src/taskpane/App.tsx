import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { useAnalysis } from "./analysis/useAnalysis";
import type { AppProps } from "./App.types";
import { renderApp } from "./renderApp";
import { stringsFor } from "./strings";
import { StringsContext } from "./strings/stringsContext";

/** The task pane: one hook holds the state, `renderApp` draws it with Fluent UI v9. */
export function App({ host, lang = "vi", autoCheck = false }: AppProps) {
  const view = useAnalysis(host, lang);
  // Once, when the pane first shows; a later change of host remounts the pane (the web page keys it by file).
  useEffect(() => {
    if (autoCheck) view.check();
  }, []);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <StringsContext.Provider value={stringsFor(lang)}>{renderApp(view)}</StringsContext.Provider>
    </FluentProvider>
  );
}
