import { Select, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain";
import { useStrings } from "../strings/stringsContext";

export interface AppHeaderProps {
  lang: Lang;
  onChangeLang(lang: Lang): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  lang: { minWidth: "120px" },
});

/** The pane's title and its language switch (Tiếng Việt / English); the choice is remembered by App. */
export function AppHeader({ lang, onChangeLang }: AppHeaderProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {strings.appTitle}
      </Title3>
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
    </header>
  );
}
