import { Caption1, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellRef } from "../../domain";
import type { FindingItem, ResultView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";

export interface FindingListProps {
  result: ResultView;
  onSelectCell(cell: CellRef): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "block", textAlign: "left" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** The findings grouped by severity; each one a link that selects its cell in Excel. */
export function FindingList({ result, onSelectCell }: FindingListProps) {
  const strings = useStrings();
  const styles = useStyles();
  const empty = result.errors.length === 0 && result.warnings.length === 0;
  return (
    <section className={styles.root} aria-label={strings.findingsHeading}>
      <Subtitle2 as="h3">{strings.findingsHeading}</Subtitle2>
      {empty ? (
        <Text>{strings.noFindings}</Text>
      ) : (
        <>
          <Caption1>{strings.findingHint}</Caption1>
          <FindingGroup title={strings.errorsHeading(result.errors.length)} className={styles.error}
            items={result.errors} onSelectCell={onSelectCell} />
          <FindingGroup title={strings.warningsHeading(result.warnings.length)} className={styles.warning}
            items={result.warnings} onSelectCell={onSelectCell} />
        </>
      )}
      <FindingGroup title={strings.infoHeading(result.infos.length)} className={styles.info}
        items={result.infos} onSelectCell={onSelectCell} />
    </section>
  );
}

interface FindingGroupProps {
  title: string;
  className: string;
  items: FindingItem[];
  onSelectCell(cell: CellRef): void;
}

function FindingGroup({ title, className, items, onSelectCell }: FindingGroupProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div role="group" aria-label={title}>
      <Text weight="semibold" className={className}>
        {title}
      </Text>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.key}>
            <Link as="button" className={styles.item} onClick={() => onSelectCell(item.cell)}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
