import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
  type SpinButtonOnChangeData,
} from "@fluentui/react-components";
import type { AnalysisView } from "../analysis/analysisView.types";
import { useStrings } from "../strings/stringsContext";
import { PlanDocumentActions } from "./PlanDocumentActions";
import { RemediationPreview } from "./RemediationPreview";

export type RemediationPanelProps = Pick<AnalysisView, "busy" | "plan" | "preview" | "previewError" | "changePlan" | "describeDocument">;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  years: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  year: { width: "9em" },
});

/**
 * The GIẢI PHÁP options (years read from the workbook, changeable; deadline; full-mark rows) and a preview of its
 * rows, collapsed until asked for. The button that writes it sits at the top of the pane (renderApp), always in reach.
 */
export function RemediationPanel(props: RemediationPanelProps) {
  const { busy, plan, preview, previewError, changePlan } = props;
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.remediationHeading}>
      <Subtitle2 as="h3">{strings.remediationHeading}</Subtitle2>
      <div className={styles.years}>
        <Field label={strings.remediationYear} className={styles.year}>
          <SpinButton value={plan.year} min={2000} max={2100} onChange={(_, data) => changePlan({ year: yearOf(data) })} />
        </Field>
        <Field label={strings.appraisedYear} className={styles.year}>
          <SpinButton value={plan.appraisedYear} min={2000} max={2100}
            onChange={(_, data) => changePlan({ appraisedYear: yearOf(data) })} />
        </Field>
      </div>
      {plan.yearsFromWorkbook && <Caption1>{strings.yearsFromWorkbook(plan.appraisedYear)}</Caption1>}
      <Field label={strings.defaultDeadline}>
        <Input value={plan.defaultDeadline} onChange={(_, data) => changePlan({ defaultDeadline: data.value })} />
      </Field>
      <Switch
        label={strings.includeFullMarkAreas}
        checked={plan.includeFullMarkAreas}
        onChange={(_, data) => changePlan({ includeFullMarkAreas: data.checked })}
      />
      {previewError && (
        <MessageBar intent="error" politeness="polite">
          <MessageBarBody>{previewError}</MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <Accordion collapsible>
          <AccordionItem value="preview">
            <AccordionHeader size="small">{strings.previewHeading(preview.rows.length)}</AccordionHeader>
            <AccordionPanel>
              <RemediationPreview table={preview} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {props.describeDocument && <PlanDocumentActions describeDocument={props.describeDocument} busy={busy} />}
    </section>
  );
}

/** A typed year arrives as text (displayValue), a spun one as a number. */
function yearOf(data: SpinButtonOnChangeData): number | undefined {
  if (typeof data.value === "number") return data.value;
  const typed = Number(data.displayValue);
  return Number.isFinite(typed) ? typed : undefined;
}
