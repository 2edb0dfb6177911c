import { Button, Caption1, Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../domain";
import type { AnalysisView } from "./analysis/analysisView.types";
import { AppHeader } from "./components/AppHeader";
import { AreaList } from "./components/AreaList";
import { DeductionCards } from "./components/DeductionCards";
import { FindingList } from "./components/FindingList";
import { HighlightPanel } from "./components/HighlightPanel";
import { RemediationPanel } from "./components/RemediationPanel";
import { SourcePicker } from "./components/SourcePicker";
import { StatusArea } from "./components/StatusArea";
import { VerdictCard } from "./components/VerdictCard";
import { useStrings } from "./strings/stringsContext";

/** The pane's language and the handler of its switch (App keeps and remembers the choice). */
export interface LanguageChoice {
  lang: Lang;
  changeLang(lang: Lang): void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The pane's layout, verdict first: title and language; the first-run line; the two actions (Kiểm tra, Tạo bảng GIẢI
 * PHÁP) at the top where they are always in reach; the status; then the verdict card, the areas, the findings, the
 * deductions, colouring, the GIẢI PHÁP options, and the sheet and columns read. Renders the view; holds no state.
 */
export function renderApp(view: AnalysisView, language: LanguageChoice) {
  return <AppLayout view={view} language={language} />;
}

function AppLayout({ view, language }: { view: AnalysisView; language: LanguageChoice }) {
  const strings = useStrings();
  const styles = useStyles();
  const { result, source } = view;
  const sourcePicker = source && <SourcePicker {...view} source={source} />;
  return (
    <main className={styles.root}>
      <AppHeader lang={language.lang} onChangeLang={language.changeLang} />
      {!result && <Caption1>{strings.appIntro}</Caption1>}
      <div className={styles.actions}>
        <Button appearance={result ? "secondary" : "primary"} disabledFocusable={view.busy} onClick={view.check}>
          {strings.check}
        </Button>
        {result && (
          <Button appearance="primary" disabledFocusable={view.busy || !view.preview} onClick={view.createRemediation}>
            {strings.createRemediation}
          </Button>
        )}
      </div>
      <StatusArea {...view} hasColumns={(source?.mappings.length ?? 0) > 0} />
      {!result && sourcePicker}
      {result && (
        <>
          <VerdictCard result={result} checkId={view.checks} onSelectCell={view.selectCell} />
          <AreaList result={result} />
          <FindingList result={result} onSelectCell={view.selectCell} />
          <DeductionCards result={result} onSelectCell={view.selectCell} />
          <Divider />
          <HighlightPanel {...view} />
          <Divider />
          <RemediationPanel {...view} />
          <Divider />
          {sourcePicker}
        </>
      )}
    </main>
  );
}
