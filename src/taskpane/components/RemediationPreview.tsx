import {
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
import type { RemediationRow, RemediationTable } from "../../domain";
import { useStrings } from "../strings/stringsContext";

export interface RemediationPreviewProps {
  table: RemediationTable;
}

const useStyles = makeStyles({
  tt: { width: "36px", verticalAlign: "top" },
  cell: { verticalAlign: "top", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  lines: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  deadline: { color: tokens.colorNeutralForeground3 },
});

/** The rows the GIẢI PHÁP sheet will hold, before anything is written. */
export function RemediationPreview({ table }: RemediationPreviewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const columns = strings.previewColumns;
  return (
    <>
      <Text weight="semibold">{table.subtitle}</Text>
      <Table size="small" aria-label={strings.previewHeading(table.rows.length)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.tt}>{columns.tt}</TableHeaderCell>
            <TableHeaderCell>{columns.issues}</TableHeaderCell>
            <TableHeaderCell>{columns.steps}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <PreviewRow key={`${row.tt}-${row.areaCode}`} row={row} />
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function PreviewRow({ row }: { row: RemediationRow }) {
  const styles = useStyles();
  return (
    <TableRow>
      <TableCell className={styles.tt}>{row.tt}</TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.lines}>
          {row.issues.map((line, i) => (
            <Text key={i}>{line}</Text>
          ))}
        </div>
      </TableCell>
      <TableCell className={styles.cell}>
        <div className={styles.lines}>
          {row.steps.map((step, i) => (
            <Text key={i}>
              {step.text} <span className={styles.deadline}>({step.deadline})</span>
            </Text>
          ))}
        </div>
      </TableCell>
    </TableRow>
  );
}
