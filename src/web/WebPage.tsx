import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../domain";
import { App } from "../taskpane/App";
import { DownloadBar } from "./components/DownloadBar";
import { FilePicker } from "./components/FilePicker";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { SheetView } from "./components/SheetView";
import { describeOpenFailure } from "./describeOpenFailure";
import { webStringsFor } from "./strings";
import { useWideScreen } from "./useWideScreen";
import { useWorkbookFile } from "./useWorkbookFile";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "1280px",
    marginInline: "auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minHeight: "100vh",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  headerText: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, flex: "1 1 280px" },
  work: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", columnGap: tokens.spacingHorizontalXL, alignItems: "start" },
  workWide: { gridTemplateColumns: "minmax(360px, 460px) minmax(0, 1fr)" },
  pane: { minWidth: 0, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  fileName: { display: "block", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, wordBreak: "break-all" },
  viewer: { position: "sticky", top: tokens.spacingVerticalM, minWidth: 0 },
  // On a narrow screen the sheet view and the download stay at the bottom of the screen while the pane scrolls.
  dock: {
    position: "sticky",
    bottom: 0,
    marginTop: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    zIndex: 2,
  },
});

/**
 * The web page: the task pane's own components over the browser host of a picked file, with what the page adds
 * around it — the notice that nothing leaves the computer, the language switch, the file chooser, the read-only view
 * of a clicked cell and the download of the copy.
 */
export function WebPage({ initialLang = "vi" }: { initialLang?: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const strings = webStringsFor(lang);
  const workbook = useWorkbookFile();
  const wide = useWideScreen();
  const { file } = workbook;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = strings.pageTitle;
  }, [lang, strings]);

  const sheetView =
    file.status === "open" && workbook.shownCell ? (
      <SheetView snapshot={file.opened.snapshot} cell={workbook.shownCell} strings={strings} compact={!wide} onClose={workbook.hideCell} />
    ) : null;
  const download =
    file.status === "open" && workbook.planSheet ? (
      <DownloadBar host={file.host} fileName={file.opened.fileName} strings={strings} />
    ) : null;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <div className={styles.page}>
        <header className={styles.header}>
          <div className={styles.headerText}>
            <Title2 as="h1">{strings.pageTitle}</Title2>
            <Caption1>{strings.pageIntro}</Caption1>
          </div>
          <LanguageSwitch lang={lang} label={strings.language} onChange={setLang} />
        </header>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.privacyTitle}</MessageBarTitle>
            {strings.privacyText}
          </MessageBarBody>
        </MessageBar>
        <FilePicker strings={strings} disabled={file.status === "opening"} onFile={(picked) => void workbook.open(picked)} />
        {file.status === "opening" && <Spinner labelPosition="after" label={strings.opening(file.name)} />}
        {file.status === "failed" && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{strings.openFailed}</MessageBarTitle>
              {describeOpenFailure(file.error, file.name, strings)}
            </MessageBarBody>
          </MessageBar>
        )}
        {file.status === "open" && (
          <div className={wide ? `${styles.work} ${styles.workWide}` : styles.work}>
            <div className={styles.pane}>
              <Text weight="semibold" className={styles.fileName}>
                {strings.openedFile(file.opened.fileName)}
              </Text>
              {file.opened.partlyRead.length > 0 && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{strings.partlyRead(file.opened.partlyRead.map((name) => `“${name}”`).join(", "))}</MessageBarBody>
                </MessageBar>
              )}
              <App key={file.id} host={file.host} lang={lang} onLangChange={setLang} autoCheck />
            </div>
            {wide && (
              <aside className={styles.viewer}>
                {sheetView ?? <Caption1>{strings.sheetViewHint}</Caption1>}
              </aside>
            )}
          </div>
        )}
        {((!wide && sheetView) || download) && (
          <div className={styles.dock}>
            {!wide && sheetView}
            {download}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
