import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnalysisView, SourceView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";
import { MappingEditor } from "./MappingEditor";
import { SheetDropdown } from "./SheetDropdown";

export type SourcePickerProps = { source: SourceView } & Pick<
  AnalysisView,
  "busy" | "selectSheet" | "selectScoreSource" | "selectSplitSheet" | "selectColumns" | "selectFramework"
>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

/** Which sheet, which score column and which columns the analysis reads; every change re-runs the analysis. */
export function SourcePicker(props: SourcePickerProps) {
  const { source, busy } = props;
  const strings = useStrings();
  const styles = useStyles();
  const split = source.criteriaSheet !== undefined || source.scoresSheet !== undefined;
  return (
    <section className={styles.root} aria-label={strings.sourceHeading}>
      <Subtitle2 as="h3">{strings.sourceHeading}</Subtitle2>
      <SheetDropdown
        label={strings.sheet}
        sheets={source.sheets}
        selected={source.sheet}
        disabled={busy}
        onSelect={(sheet) => sheet && props.selectSheet(sheet)}
      />
      <Field label={strings.scoreSource}>
        <RadioGroup
          layout="horizontal"
          value={source.scoreSource}
          disabled={busy}
          onChange={(_, data) => props.selectScoreSource(data.value === "self" ? "self" : "appraised")}
        >
          <Radio value="appraised" label={strings.scoreAppraised} />
          <Radio value="self" label={strings.scoreSelf} />
        </RadioGroup>
      </Field>
      <Accordion collapsible multiple defaultOpenItems={split ? ["split"] : []}>
        {source.mappings.map((mapping) => (
          <AccordionItem key={mapping.target} value={mapping.target}>
            <AccordionHeader size="small">
              {mapping.target === "columns" ? strings.mappingHeading : strings.scoresMappingHeading} ({mapping.sheet})
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <MappingEditor mapping={mapping} disabled={busy} onSelectColumns={props.selectColumns} />
            </AccordionPanel>
          </AccordionItem>
        ))}
        <AccordionItem value="split">
          <AccordionHeader size="small">{strings.splitHeading}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SheetDropdown
              label={strings.criteriaSheet}
              sheets={source.sheets}
              selected={source.criteriaSheet}
              disabled={busy}
              allowNone
              onSelect={(sheet) => props.selectSplitSheet("criteria", sheet)}
            />
            <SheetDropdown
              label={strings.scoresSheet}
              sheets={source.sheets}
              selected={source.scoresSheet}
              disabled={busy}
              allowNone
              onSelect={(sheet) => props.selectSplitSheet("scores", sheet)}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <SheetDropdown
        label={strings.frameworkSheet}
        sheets={source.sheets}
        selected={source.framework?.name}
        disabled={busy}
        allowNone
        onSelect={props.selectFramework}
      />
      {source.framework && <Caption1>{strings.frameworkUsed(source.framework.name, source.framework.count)}</Caption1>}
    </section>
  );
}
