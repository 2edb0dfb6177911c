import { ProgressBar, Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { AreaBar, AreaState, ResultView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";
import type { Strings } from "../strings";

export interface AreaListProps {
  result: ResultView;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  area: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  state: { fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  deducted: { color: tokens.colorPaletteDarkOrangeForeground1 },
  full: { color: tokens.colorPaletteGreenForeground1 },
});

const BAR_COLOR: Record<AreaState, "error" | "warning" | "success"> = { error: "error", deducted: "warning", full: "success" };

/**
 * One bar per area, score against maximum, in the colour of its true state: red with the word "lỗi" when the area's
 * figures have an error (a score above its maximum, #REF!, sums that do not add up), orange when deducted, green at
 * full marks. Plain text under each bar, no alerts: the verdict is announced once, by the verdict card.
 */
export function AreaList({ result }: AreaListProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.areasHeading}>
      <Subtitle2 as="h3">{strings.areasHeading}</Subtitle2>
      {result.areas.map((area) => (
        <AreaProgress key={area.key} area={area} />
      ))}
    </section>
  );
}

function AreaProgress({ area }: { area: AreaBar }) {
  const strings = useStrings();
  const styles = useStyles();
  const stateId = useId();
  return (
    <div className={styles.area}>
      <Text>{strings.areaLabel(area.code, area.title)}</Text>
      <ProgressBar
        aria-label={strings.areaLabel(area.code, area.title)}
        aria-describedby={stateId}
        value={area.score}
        max={area.max > 0 ? area.max : 1}
        thickness="large"
        color={BAR_COLOR[area.state]}
      />
      <Text id={stateId} className={mergeClasses(styles.state, styles[area.state])}>
        {stateText(area, strings)}
      </Text>
    </div>
  );
}

function stateText(area: AreaBar, strings: Strings): string {
  if (area.state === "error") return strings.areaError(area.scoreText, area.maxText, area.errorCount);
  if (area.state === "deducted") return strings.areaLost(area.scoreText, area.maxText, area.lostText ?? "");
  return strings.areaScore(area.scoreText, area.maxText);
}
