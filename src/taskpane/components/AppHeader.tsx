import { Select, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain";
import { useStrings } from "../strings/stringsContext";
import { HelpLink } from "./HelpLink";

export interface AppHeaderProps {
  lang: Lang;
  onChangeLang(lang: Lang): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tools: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  lang: { minWidth: "120px" },
});

/** The pane's title, the help link and the language switch (Tiếng Việt / English; App remembers the choice). */
export function AppHeader({ lang, onChangeLang }: AppHeaderProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {strings.appTitle}
      </Title3>
      <div className={styles.tools}>
        <HelpLink />
        <Select
          className={styles.lang}
          size="small"
          aria-label={`${strings.language} / Language`}
          value={lang}
          onChange={(_, data) => onChangeLang(data.value === "en" ? "en" : "vi")}
        >
          <option value="vi" lang="vi">{strings.languageNames.vi}</option>
          <option value="en" lang="en">{strings.languageNames.en}</option>
        </Select>
      </div>
    </header>
  );
}
