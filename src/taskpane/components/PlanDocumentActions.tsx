import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { PlanDocument, PlanDocumentOptions } from "../../domain";
import { copyHtml } from "../../hosts/browser/copyHtml";
import { DOCX_MIME, saveBytes } from "../../hosts/browser/saveBytes";
import { renderAppendixHtml } from "../../hosts/docx/appendixHtml";
import { useStrings } from "../strings/stringsContext";

export interface PlanDocumentActionsProps {
  /** Describes the Kế hoạch for the previewed table (AnalysisView.describeDocument). */
  describeDocument: (options: PlanDocumentOptions) => PlanDocument;
  busy: boolean;
}

type Fields = Pick<PlanDocumentOptions, "body" | "abbreviation" | "signerTitle" | "signerName">;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The Kế hoạch khắc phục as a Word file: a few header fields (the rest is read from the sheet's title rows or left
 * "…"), "Tải Kế hoạch (.docx)", and — because add-in webviews do not always download (Mac, some Windows builds) — the
 * GIẢI PHÁP table copied as HTML, which Word pastes as a formatted table. The Word writer loads on first use.
 */
export function PlanDocumentActions({ describeDocument, busy }: PlanDocumentActionsProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [fields, setFields] = useState<Fields>({});
  const [message, setMessage] = useState<{ intent: "success" | "warning"; text: string }>();
  // What the document shows without the fields (placeholders); typing re-renders only this component.
  const defaults = useMemo(() => describeDocument({}), [describeDocument]);
  const options = (): PlanDocumentOptions =>
    Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === "string" && value.trim() !== ""));

  async function download(): Promise<void> {
    try {
      const doc = describeDocument(options());
      const { writePlanDocx } = await import("../../hosts/docx/writePlanDocx");
      const year = /\d{4}$/.exec(doc.header.placeDate)?.[0];
      const file = year ? `ke-hoach-khac-phuc-${year}.docx` : "ke-hoach-khac-phuc.docx";
      saveBytes(file, await writePlanDocx(doc), DOCX_MIME);
      setMessage({ intent: "success", text: strings.downloadOffered(file) });
    } catch (error) {
      setMessage({ intent: "warning", text: strings.downloadFailed((error as Error).message ?? String(error)) });
    }
  }

  async function copy(): Promise<void> {
    const { html, text } = renderAppendixHtml(describeDocument(options()).appendix);
    const copied = await copyHtml(html, text);
    setMessage(copied ? { intent: "success", text: strings.appendixCopied } : { intent: "warning", text: strings.appendixNotCopied });
  }

  const field = (key: keyof Fields, label: string, placeholder: string) => (
    <Field label={label}>
      <Input value={fields[key] ?? ""} placeholder={placeholder} onChange={(_, data) => setFields({ ...fields, [key]: data.value })} />
    </Field>
  );
  return (
    <section className={styles.root} aria-label={strings.planDocumentHeading}>
      <Subtitle2 as="h3">{strings.planDocumentHeading}</Subtitle2>
      {field("body", strings.planDocumentBody, defaults.header.body === "…" ? strings.planDocumentBlank : defaults.header.body)}
      {field("abbreviation", strings.planDocumentAbbreviation, strings.planDocumentBlank)}
      {field("signerTitle", strings.planDocumentSignerTitle, defaults.signature.title === "…" ? strings.planDocumentBlank : defaults.signature.title)}
      {field("signerName", strings.planDocumentSigner, strings.planDocumentBlank)}
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void download()}>
          {strings.downloadPlanDocument}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void copy()}>
          {strings.copyAppendix}
        </Button>
      </div>
      <MessageBar intent={message?.intent ?? "info"}>
        <MessageBarBody>{message?.text ?? strings.planDocumentHint}</MessageBarBody>
      </MessageBar>
    </section>
  );
}
