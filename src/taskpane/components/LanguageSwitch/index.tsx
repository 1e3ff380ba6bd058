import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { catalogues, useI18n, type Language } from "../../i18n";

const useStyles = makeStyles({
  group: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginRight: tokens.spacingHorizontalXS },
});

const LANGUAGES = Object.keys(catalogues) as Language[];

/** Each language's name is written in that language, so a user who cannot read the other finds theirs. */
export function LanguageSwitch({ onChange }: { readonly onChange: (language: Language) => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  return (
    <div role="group" aria-labelledby="language-label" className={styles.group}>
      <span id="language-label" className={styles.label}>
        {t.languageLabel}
      </span>
      {LANGUAGES.map((l) => (
        <ToggleButton key={l} size="small" lang={l} checked={l === language} onClick={() => onChange(l)}>
          {t.languageNames[l]}
        </ToggleButton>
      ))}
    </div>
  );
}
