import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RemediationRow, RemediationTable } from "../../domain";
import { useStrings } from "../strings/stringsContext";

export interface RemediationPreviewProps {
  table: RemediationTable;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
  },
  deadline: { color: tokens.colorNeutralForeground3 },
});

/** The rows the GIẢI PHÁP sheet will hold, before anything is written: one stacked block per area (issues, steps). */
export function RemediationPreview({ table }: RemediationPreviewProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text weight="semibold">{table.subtitle}</Text>
      <ol className={styles.list} aria-label={strings.previewHeading(table.rows.length)}>
        {table.rows.map((row) => (
          <PreviewRow key={`${row.tt}-${row.areaCode}`} row={row} />
        ))}
      </ol>
    </div>
  );
}

function PreviewRow({ row }: { row: RemediationRow }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <li className={styles.row}>
      {row.issues.map((line, i) => (
        <Text key={i} weight={i === 0 ? "semibold" : "regular"}>
          {i === 0 ? `${row.tt}. ${line}` : line}
        </Text>
      ))}
      <Text weight="semibold">{strings.previewSteps}</Text>
      {row.steps.map((step, i) => (
        <Text key={i}>
          {step.text} <span className={styles.deadline}>({step.deadline})</span>
        </Text>
      ))}
    </li>
  );
}
