import { Badge, Button, Caption1, Card, Text, Title3, makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { useEffect } from "react";
import type { CellRef } from "../../domain";
import type { ResultView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export interface VerdictCardProps {
  result: ResultView;
  /** Changes with every Kiểm tra (even of an unchanged workbook): each check is announced once. */
  checkId: number;
  onSelectCell(cell: CellRef): void;
}

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
});

/**
 * The first thing the pane shows after Kiểm tra: total and index, the verdict in words, errors, warnings and deducted
 * criteria counted, and a button to the first error. Announces the verdict once per check (assertively only when the
 * figures have errors), through Fluent's announcer that App mounts.
 */
export function VerdictCard({ result, checkId, onSelectCell }: VerdictCardProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { verdict } = result;
  const total = strings.total(result.scoreText, result.maxText);
  const { announce } = useAnnounce();
  useEffect(() => {
    const errors = verdict.errors > 0;
    announce(strings.announceVerdict(total, verdict.errors, verdict.warnings), { alert: errors, polite: !errors });
    // Only a new check is news; a re-render (language switch, another task) is not.
  }, [checkId]);
  return (
    <Card className={styles.card} role="region" aria-label={strings.resultHeading}>
      <Title3 as="h2" className={styles.heading}>
        {total}
      </Title3>
      <Text>{strings.index(result.indexText)}</Text>
      {result.stated && <Text>{strings.statedTotal(result.stated.scoreText, result.stated.maxText)}</Text>}
      {result.adjustmentsText && <Text>{strings.adjustments(result.adjustmentsText)}</Text>}
      <Text weight="semibold" className={verdict.errors > 0 ? styles.errors : styles.ok}>
        {verdict.errors > 0 ? strings.verdictErrors(verdict.errors) : strings.verdictOk}
      </Text>
      <ul className={styles.counts}>
        <li>
          <Badge appearance={verdict.errors > 0 ? "filled" : "tint"} color={verdict.errors > 0 ? "danger" : "informative"}>
            {strings.errorCount(verdict.errors)}
          </Badge>
        </li>
        <li>
          <Badge appearance="tint" color={verdict.warnings > 0 ? "warning" : "informative"}>
            {strings.warningCount(verdict.warnings)}
          </Badge>
        </li>
        <li>
          <Badge appearance="tint" color="informative">
            {strings.deductedCount(verdict.deducted)}
          </Badge>
        </li>
      </ul>
      {verdict.firstError && (
        <Button onClick={() => onSelectCell((verdict.firstError as NonNullable<typeof verdict.firstError>).cell)}>
          {strings.goToFirstError(verdict.firstError.where)}
        </Button>
      )}
      <Caption1>{strings.readSheet(verdict.sheet)}</Caption1>
    </Card>
  );
}
