import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { BrowserHost } from "../../hosts/browser/browserHost";
import { saveBytes, workbookMime } from "../../hosts/browser/saveBytes";
import { planCopyName } from "../../hosts/planCopyName";
import type { WebStrings } from "../strings";

export interface DownloadBarProps {
  host: BrowserHost;
  fileName: string;
  strings: WebStrings;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** "Tải về": the copy of the picked file with the GIẢI PHÁP sheet (and the highlight, when applied). */
export function DownloadBar({ host, fileName, strings }: DownloadBarProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const name = planCopyName(fileName);

  async function download(): Promise<void> {
    setBusy(true);
    setFailure(undefined);
    try {
      const copy = await host.buildDownload();
      if (copy) saveBytes(copy.fileName, copy.bytes, workbookMime(copy.fileName));
    } catch (error) {
      setFailure(strings.downloadFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.root} role="region" aria-label={strings.download}>
      <Text weight="semibold">{strings.downloadReady}</Text>
      <Button appearance="primary" disabled={busy} onClick={() => void download()} aria-label={strings.downloadName(name)}>
        {strings.download}: {name}
      </Button>
      {busy && <Spinner size="tiny" />}
      {failure && (
        <Text role="alert" className={styles.error}>
          {failure}
        </Text>
      )}
    </div>
  );
}
