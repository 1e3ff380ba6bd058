import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { families, templates, type Scale, type Template } from "../../../core/catalog";
import type { PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { SelfCheck } from "../SelfCheck";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scale: { marginBottom: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  definition: { marginLeft: 0 },
});

/** Each scale once, with the templates that rate on it: the catalog is the only source of values. */
function scalesInUse(all: readonly Template[]): { scale: Scale; usedBy: Template[] }[] {
  const byId = new Map<string, { scale: Scale; usedBy: Template[] }>();
  for (const tpl of all) {
    const entry = byId.get(tpl.scale.id) ?? { scale: tpl.scale, usedBy: [] };
    entry.usedBy.push(tpl);
    byId.set(tpl.scale.id, entry);
  }
  return [...byId.values()];
}

const SCALES = scalesInUse(templates);

export interface HelpPanelProps {
  /** For the self-check; without it (or a host without selfCheck) the panel is text only. */
  readonly host?: PaneHost;
  /** Start the self-check at once (the ribbon's "Pašpārbaude"). */
  readonly startSelfCheck?: boolean;
}

export function HelpPanel({ host, startSelfCheck = false }: HelpPanelProps = {}) {
  const { t, language, number, year, title: titleOf, label } = useI18n();
  const styles = useStyles();

  /** A scale's source in words: the add-in's default, or the seed document it was read from. */
  const scaleSource = (scale: Scale): string | undefined => {
    if (scale.source === "kvalitate-default") return t.help.scaleSourceDefault;
    const seed = templates.find((tpl) => tpl.source.files.includes(scale.source));
    return seed ? t.help.scaleSource(`${seed.source.title} (${year(seed.source.year)})`) : undefined;
  };

  return (
    <section className={styles.panel}>
      <h2 className={styles.heading}>{t.help.heading}</h2>
      {host && <SelfCheck host={host} autoStart={startSelfCheck} />}
      {/* Three questions a user comes with, each one click away: all open, they ran 2,400 px long. */}
      <Accordion multiple collapsible>
        <AccordionItem value="scales">
          <AccordionHeader as="h3">{t.help.scalesHeading}</AccordionHeader>
          <AccordionPanel>
            <p>{t.help.scalesIntro}</p>
            {SCALES.map(({ scale, usedBy }) => (
              <div key={scale.id} className={styles.scale} data-testid={`scale-${scale.id}`}>
                <h4 className={styles.subheading}>
                  {t.help.scaleKinds[scale.kind].title}: {usedBy.map(titleOf).join("; ")}
                </h4>
                <p>{t.help.scaleKinds[scale.kind].meaning}</p>
                {scale.values.length > 0 ? (
                  <Table size="small" data-testid="scale-table" aria-label={`${t.help.scaleKinds[scale.kind].title}: ${usedBy.map(titleOf).join("; ")}`}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t.help.scaleValueHeader}</TableHeaderCell>
                        <TableHeaderCell>{t.help.scaleLabelHeader}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {scale.values.map((v) => (
                        <TableRow key={String(v.value)}>
                          {/* A word that is its own meaning ("Atbilst" in Latvian) is shown once, across both columns. */}
                          {label(v) === String(v.value) ? (
                            <TableCell colSpan={2}>
                              <span lang="lv">{v.value}</span>
                            </TableCell>
                          ) : (
                            <>
                              <TableCell>{typeof v.value === "number" ? number(v.value) : <span lang="lv">{v.value}</span>}</TableCell>
                              <TableCell lang={language}>{label(v)}</TableCell>
                            </>
                          )}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                ) : (
                  <p>{t.help.countScaleValues}</p>
                )}
                {scale.notApplicable && (
                  <p>
                    <span lang="lv">{t.quote(String(scale.notApplicable.value))}</span> {t.help.notApplicableNote}
                  </p>
                )}
                {scaleSource(scale) && <Caption1 className={styles.muted}>{scaleSource(scale)}</Caption1>}
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="formulas">
          <AccordionHeader as="h3">{t.help.formulasHeading}</AccordionHeader>
          <AccordionPanel>
            <dl>
              {t.help.formulas.map((f) => (
                <div key={f.name}>
                  <dt className={styles.term}>{f.name}</dt>
                  <dd className={styles.definition}>{f.rule}</dd>
                </div>
              ))}
            </dl>
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="sources">
          <AccordionHeader as="h3">{t.help.sourcesHeading}</AccordionHeader>
          <AccordionPanel>
            <p>{t.help.sourcesIntro}</p>
            {families.map((family) => (
              <div key={family.id}>
                <h4 className={styles.subheading}>{titleOf(family)}</h4>
                <ul className={styles.list}>
                  {family.templates.map((tpl) => (
                    <li key={tpl.id}>
                      <strong>{titleOf(tpl)}</strong> ({t.help.templateKinds[tpl.kind]}) —{" "}
                      <span lang="lv">
                        {tpl.source.title}, {year(tpl.source.year)}, {tpl.source.publisher}
                      </span>
                      . <Caption1 className={styles.muted}>{t.help.sourceFiles(tpl.source.files.join(", "))}</Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
