import { Button, Caption1, Divider, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisView } from "./analysis/analysisView.types";
import { DeductionTable } from "./components/DeductionTable";
import { FindingList } from "./components/FindingList";
import { HighlightPanel } from "./components/HighlightPanel";
import { RemediationPanel } from "./components/RemediationPanel";
import { ResultSummary } from "./components/ResultSummary";
import { SourcePicker } from "./components/SourcePicker";
import { StatusArea } from "./components/StatusArea";
import { useStrings } from "./strings/stringsContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // The pane is long (areas, findings, deductions, preview): the check button and the outcome of the last action stay
  // in view, so a user who clicked "Tạo bảng GIẢI PHÁP" far below still sees what happened.
  actionBar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The pane's layout: check, status, source, result, colouring, GIẢI PHÁP. Renders the view; holds no state. */
export function renderApp(view: AnalysisView) {
  return <AppLayout view={view} />;
}

function AppLayout({ view }: { view: AnalysisView }) {
  const strings = useStrings();
  const styles = useStyles();
  const { result, source } = view;
  return (
    <main className={styles.root}>
      <Title2 as="h1">{strings.appTitle}</Title2>
      <Caption1>{strings.appIntro}</Caption1>
      <div className={styles.actionBar}>
        <Button appearance="primary" disabledFocusable={view.busy} onClick={view.check}>
          {strings.check}
        </Button>
        <StatusArea busy={view.busy} task={view.task} message={view.message} problem={view.problem} />
      </div>
      {source && <SourcePicker {...view} source={source} />}
      {result && (
        <>
          <Divider />
          <ResultSummary result={result} />
          <FindingList result={result} onSelectCell={view.selectCell} />
          <DeductionTable result={result} onSelectCell={view.selectCell} />
          <Divider />
          <HighlightPanel {...view} />
          <Divider />
          <RemediationPanel {...view} />
        </>
      )}
    </main>
  );
}
