import { useEffect, useMemo, useState, type ReactNode } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneHost } from "../../hostFeatures";
import { I18nProvider, languageFor, makeI18n, type Language } from "../../i18n";
import { HelpPanel } from "../HelpPanel";
import { InsertPanel } from "../InsertPanel";
import { LanguageSwitch } from "../LanguageSwitch";
import { MergePanel } from "../MergePanel";
import { ResultsPanel } from "../ResultsPanel";
import { TrainerPanel } from "../TrainerPanel";
import { ValidatePanel } from "../ValidatePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    maxWidth: "40rem",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // Six sections on one row of a 350-pixel pane (wrapped, the second row read as a second set of
  // sections): small tabs with tight padding; where the font is wider than Segoe UI the row scrolls
  // sideways (the arrow keys bring every tab into view) rather than wrap.
  tabs: { flexWrap: "nowrap", columnGap: 0, overflowX: "auto", overflowY: "hidden", scrollbarWidth: "thin" },
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, minWidth: 0 },
  tabContent: { paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200 },
  panel: { paddingTop: tokens.spacingVerticalS },
});

const SECTIONS = ["insert", "validate", "results", "merge", "trainer", "help"] as const;
type Section = (typeof SECTIONS)[number];

export interface AppProps {
  /**
   * Everything the pane does to the workbook goes through here (Office, or a test double), every
   * part of it always given.
   */
  readonly host: PaneHost;
  /** Where the pane opens: the ribbon's "Pašpārbaude" opens it at the self-check, and starts it. */
  readonly openAt?: "selfcheck";
}

export function App({ host, openAt }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(() => languageFor(host.displayLanguage()));
  const [section, setSection] = useState<Section>(openAt === "selfcheck" ? "help" : "insert");
  const i18n = useMemo(() => makeI18n(language), [language]);
  const { t } = i18n;

  // Panels stay mounted while hidden, so a report or a half-filled form survives a tab switch.
  const panels: Record<Section, ReactNode> = {
    insert: <InsertPanel host={host} />,
    validate: <ValidatePanel host={host} />,
    results: <ResultsPanel host={host} />,
    merge: <MergePanel host={host} />,
    trainer: <TrainerPanel host={host} />,
    help: <HelpPanel host={host} startSelfCheck={openAt === "selfcheck"} />,
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
          size="small"
          className={styles.tabs}
          selectedValue={section}
          onTabSelect={(_, d) => setSection(d.value as Section)}
          aria-label={t.sectionsLabel}
        >
          {SECTIONS.map((s) => (
            <Tab
              key={s}
              value={s}
              id={`tab-${s}`}
              aria-controls={`panel-${s}`}
              className={styles.tab}
              content={{ className: styles.tabContent }}
              // Fluent's focus manager moves focus without scrolling; a tab reached by the keyboard
              // in a row wider than the pane must come into view.
              onFocus={(e) => e.currentTarget.scrollIntoView({ block: "nearest", inline: "nearest" })}
            >
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
