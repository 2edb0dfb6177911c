import { Caption1, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellRef } from "../../domain";
import type { DeductionGroup, DeductionRow, ResultView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export interface DeductionCardsProps {
  result: ResultView;
  onSelectCell(cell: CellRef): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    overflowWrap: "anywhere",
  },
  top: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  missing: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

/**
 * The deducted criteria as stacked cards under their area (code, score/max, title, reason): reads at 320 px where a
 * four-column table wrapped to a word a line. The code selects the criterion's score cell in Excel.
 */
export function DeductionCards({ result, onSelectCell }: DeductionCardsProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.deductionsHeading}>
      <Subtitle2 as="h3">{strings.deductionsHeading}</Subtitle2>
      {result.deductionGroups.length === 0 ? (
        <Text>{strings.noDeductions}</Text>
      ) : (
        result.deductionGroups.map((group) => <Group key={group.key} group={group} onSelectCell={onSelectCell} />)
      )}
    </section>
  );
}

function Group({ group, onSelectCell }: { group: DeductionGroup; onSelectCell(cell: CellRef): void }) {
  const strings = useStrings();
  const styles = useStyles();
  const label = strings.deductionGroup(group.code, group.title);
  return (
    <div role="group" aria-label={label}>
      <h4 className={styles.groupHeading}>{label}</h4>
      <ul className={styles.list}>
        {group.rows.map((row) => (
          <li key={row.key}>
            <Card row={row} onSelectCell={onSelectCell} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Card({ row, onSelectCell }: { row: DeductionRow; onSelectCell(cell: CellRef): void }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.card}>
      <div className={styles.top}>
        <Link as="button" onClick={() => onSelectCell(row.cell)}>
          {strings.selectCriterion(row.code)}
        </Link>
        <Text weight="semibold">{strings.deductionScore(row.score)}</Text>
      </div>
      <Text>{row.title}</Text>
      <Caption1>
        {strings.reasonLabel} {row.reason || <span className={styles.missing}>{strings.noReason}</span>}
      </Caption1>
    </div>
  );
}
