import { Field, ProgressBar, Subtitle2, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { AreaBar, ResultView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export interface ResultSummaryProps {
  result: ResultView;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  totals: { display: "flex", flexDirection: "column" },
});

/** The total score and index, then one bar per area (score against maximum) that reads at a glance. */
export function ResultSummary({ result }: ResultSummaryProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.resultHeading}>
      <div className={styles.totals}>
        <Title3 as="h2">{strings.total(result.scoreText, result.maxText)}</Title3>
        <Text>{strings.index(result.indexText)}</Text>
        {result.stated && <Text>{strings.statedTotal(result.stated.scoreText, result.stated.maxText)}</Text>}
        {result.adjustmentsText && <Text>{strings.adjustments(result.adjustmentsText)}</Text>}
      </div>
      <Subtitle2 as="h3">{strings.areasHeading}</Subtitle2>
      {result.areas.map((area) => (
        <AreaProgress key={area.key} area={area} />
      ))}
    </section>
  );
}

function AreaProgress({ area }: { area: AreaBar }) {
  const strings = useStrings();
  const deducted = area.lostText !== null;
  return (
    <Field
      label={strings.areaLabel(area.code, area.title)}
      validationState={deducted ? "warning" : "success"}
      validationMessage={
        deducted
          ? strings.areaLost(area.scoreText, area.maxText, area.lostText as string)
          : strings.areaScore(area.scoreText, area.maxText)
      }
    >
      <ProgressBar value={area.score} max={area.max} thickness="large" color={deducted ? "warning" : "success"} />
    </Field>
  );
}
