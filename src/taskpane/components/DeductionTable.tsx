import {
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellRef } from "../../domain";
import type { ResultView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export interface DeductionTableProps {
  result: ResultView;
  onSelectCell(cell: CellRef): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  code: { width: "56px" },
  score: { width: "72px" },
  missing: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

/** The deducted criteria (code, title, score/max, reason); a code selects the criterion's score cell. */
export function DeductionTable({ result, onSelectCell }: DeductionTableProps) {
  const strings = useStrings();
  const styles = useStyles();
  const columns = strings.deductionColumns;
  return (
    <section className={styles.root} aria-label={strings.deductionsHeading}>
      <Subtitle2 as="h3">{strings.deductionsHeading}</Subtitle2>
      {result.deductions.length === 0 ? (
        <Text>{strings.noDeductions}</Text>
      ) : (
        <Table size="small" aria-label={strings.deductionsHeading}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.code}>{columns.code}</TableHeaderCell>
              <TableHeaderCell>{columns.title}</TableHeaderCell>
              <TableHeaderCell className={styles.score}>{columns.score}</TableHeaderCell>
              <TableHeaderCell>{columns.reason}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.deductions.map((row) => (
              <TableRow key={row.key}>
                <TableCell>
                  <Link as="button" onClick={() => onSelectCell(row.cell)}>
                    {row.code}
                  </Link>
                </TableCell>
                <TableCell>{row.title}</TableCell>
                <TableCell>{row.score}</TableCell>
                <TableCell>{row.reason || <span className={styles.missing}>{strings.noReason}</span>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
