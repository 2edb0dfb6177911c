import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export type HighlightPanelProps = Pick<AnalysisView, "busy" | "highlight" | "clearHighlight">;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Colour the deducted criteria (conditional formats that follow the scores), or remove what the add-in added. */
export function HighlightPanel({ busy, highlight, clearHighlight }: HighlightPanelProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.highlightHeading}>
      <Subtitle2 as="h3">{strings.highlightHeading}</Subtitle2>
      <div className={styles.buttons}>
        <Button disabledFocusable={busy} onClick={highlight}>
          {strings.highlight}
        </Button>
        <Button disabledFocusable={busy} onClick={clearHighlight}>
          {strings.clearHighlight}
        </Button>
      </div>
    </section>
  );
}
