import { useEffect, useMemo, useState, type ReactNode } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { HostAdapter } from "../../../host/types";
import { I18nProvider, languageFor, makeI18n, type Language } from "../../i18n";
import { HelpPanel } from "../HelpPanel";
import { InsertPanel } from "../InsertPanel";
import { LanguageSwitch } from "../LanguageSwitch";
import { ValidatePanel } from "../ValidatePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    maxWidth: "40rem",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  panel: { paddingTop: tokens.spacingVerticalS },
});

const SECTIONS = ["insert", "validate", "help"] as const;
type Section = (typeof SECTIONS)[number];

export interface AppProps {
  /** Everything the pane does to the workbook goes through here (Office, or a test double). */
  readonly host: HostAdapter;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(() => languageFor(host.displayLanguage()));
  const [section, setSection] = useState<Section>("insert");
  const i18n = useMemo(() => makeI18n(language), [language]);
  const { t } = i18n;

  // Panels stay mounted while hidden, so a report or a half-filled form survives a tab switch.
  const panels: Record<Section, ReactNode> = {
    insert: <InsertPanel host={host} />,
    validate: <ValidatePanel host={host} />,
    help: <HelpPanel />,
  };

  // Screen readers pick their voice from the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider value={i18n}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <LanguageSwitch onChange={setLanguage} />
        </header>
        <TabList
          selectedValue={section}
          onTabSelect={(_, d) => setSection(d.value as Section)}
          aria-label={t.sectionsLabel}
        >
          {SECTIONS.map((s) => (
            <Tab key={s} value={s} id={`tab-${s}`} aria-controls={`panel-${s}`}>
              {t.tabs[s]}
            </Tab>
          ))}
        </TabList>
        {SECTIONS.map((s) => (
          <div key={s} role="tabpanel" id={`panel-${s}`} aria-labelledby={`tab-${s}`} hidden={section !== s} className={styles.panel}>
            {panels[s]}
          </div>
        ))}
      </main>
    </I18nProvider>
  );
}
