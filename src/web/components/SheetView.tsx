import { Button, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import type { CellRef, WorkbookSnapshot } from "../../domain";
import { buildSheetWindow } from "../sheetWindow";
import type { WebStrings } from "../strings";

export interface SheetViewProps {
  snapshot: WorkbookSnapshot;
  cell: CellRef;
  strings: WebStrings;
  /** Docked at the bottom of a phone's screen: a lower view, so the pane stays in sight above it. */
  compact?: boolean;
  onClose(): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  scroller: {
    overflow: "auto",
    maxHeight: "min(60vh, 560px)",
    position: "relative",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: "Calibri, Arial, sans-serif" },
  caption: { textAlign: "left", padding: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  heading: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
  },
  rowHeading: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    textAlign: "right",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    maxWidth: "220px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  compact: { maxHeight: "32vh" },
  marked: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorPaletteYellowBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * A read-only view of the rows and columns around a cell, with that cell marked and scrolled into view: what Excel
 * does when the add-in selects a cell, done by the page.
 */
export function SheetView({ snapshot, cell, strings, compact = false, onClose }: SheetViewProps) {
  const styles = useStyles();
  const markedRef = useRef<HTMLTableCellElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const sheet = snapshot.sheets.find((candidate) => candidate.name === cell.sheet);
  const view = useMemo(() => (sheet ? buildSheetWindow(sheet, cell) : undefined), [sheet, cell]);
  // Brings the marked cell into the view's own scroller (scrollIntoView would scroll the whole page as well):
  // centred vertically; sideways only as far as needed, so the row numbers stay in sight when they can.
  useEffect(() => {
    const scroller = scrollerRef.current;
    const marked = markedRef.current;
    if (!scroller || !marked) return;
    const box = scroller.getBoundingClientRect();
    const at = marked.getBoundingClientRect();
    scroller.scrollTop += at.top - box.top - (scroller.clientHeight - at.height) / 2;
    const overflow = at.right - box.left - scroller.clientWidth;
    if (overflow > 0) scroller.scrollLeft += overflow + 8;
  }, [view]);
  if (!view) return null;
  return (
    <section className={styles.root} aria-label={strings.sheetViewHeading}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{strings.sheetViewHeading}</Subtitle2>
        <Button size="small" onClick={onClose}>
          {strings.closeSheetView}
        </Button>
      </div>
      <div ref={scrollerRef} className={mergeClasses(styles.scroller, compact && styles.compact)}>
        <table className={styles.table}>
          <caption className={styles.caption}>{strings.sheetViewCaption(view.sheet, view.marked)}</caption>
          <thead>
            <tr>
              <th className={styles.heading} />
              {view.columns.map((letters) => (
                <th key={letters} scope="col" className={styles.heading}>
                  {letters}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.number}>
                <th scope="row" className={styles.rowHeading}>
                  {row.number}
                </th>
                {row.cells.map((item) => (
                  <td
                    key={item.a1}
                    ref={item.marked ? markedRef : undefined}
                    className={mergeClasses(styles.cell, item.marked && styles.marked)}
                    data-cell={item.a1}
                    aria-current={item.marked ? "location" : undefined}
                    title={item.text || undefined}
                  >
                    {item.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
