import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain";

export interface LanguageSwitchProps {
  lang: Lang;
  label: string;
  onChange(lang: Lang): void;
}

const useStyles = makeStyles({ root: { display: "flex", columnGap: tokens.spacingHorizontalXS } });

const CHOICES: { lang: Lang; name: string; tag: string }[] = [
  { lang: "vi", name: "Tiếng Việt", tag: "vi" },
  { lang: "en", name: "English", tag: "en" },
];

/** Vietnamese / English: there is no Office display language to follow on the web, so the user picks. */
export function LanguageSwitch({ lang, label, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label} className={styles.root}>
      {CHOICES.map((choice) => (
        <ToggleButton
          key={choice.lang}
          size="small"
          lang={choice.tag}
          checked={lang === choice.lang}
          onClick={() => onChange(choice.lang)}
        >
          {choice.name}
        </ToggleButton>
      ))}
    </div>
  );
}
