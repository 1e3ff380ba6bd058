import { useCallback, useState, type FormEvent } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { templates } from "../../../core/catalog";
import { scaleMidpoint } from "../../../core/catalog/scales";
import type { ResultsRequest } from "../../../host/types";
import type { PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { useTask } from "../../useTask";
import { ErrorNotice } from "../ErrorNotice";
import { SheetLinks } from "../SheetLinks";
import { skippedTexts } from "../../i18n/skipped";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  threshold: { maxWidth: "8rem" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  report: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The numeric scale the threshold is about. Every numeric scale of the catalogue is 1–5 today; the
 * first one found stands for the hint and the allowed range, and an untouched field sends no
 * threshold at all, so the host takes each sheet's own midpoint even if a scale is ever changed.
 */
function numericScaleRange(): { min: number; max: number; midpoint: number } {
  for (const t of templates) {
    const mid = t.scale.kind === "numeric" ? scaleMidpoint(t.scale) : undefined;
    if (mid === undefined) continue;
    const nums = t.scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
    return { min: Math.min(...nums), max: Math.max(...nums), midpoint: mid };
  }
  return { min: 1, max: 5, midpoint: 3 };
}

const RANGE = numericScaleRange();

/** "3", "3,5" (Latvian decimal comma) or "3.5" → the number; anything else → NaN. */
export function parseThreshold(text: string): number {
  const t = text.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export function ResultsPanel({ host }: { readonly host: PaneHost }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const [thresholdText, setThresholdText] = useState(() => number(RANGE.midpoint));
  const [triedSubmit, setTriedSubmit] = useState(false);

  const build = useCallback((request: ResultsRequest) => host.buildResults(request), [host]);
  const { state, start } = useTask(build);

  const threshold = parseThreshold(thresholdText);
  const valid = threshold >= RANGE.min && threshold <= RANGE.max;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTriedSubmit(true);
    if (!valid) return;
    // The default stays the host's: each sheet's own scale midpoint.
    void start(threshold === RANGE.midpoint ? {} : { threshold });
  };

  const report = state.status === "done" ? state.result : undefined;
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <h2 className={styles.heading}>{t.results.heading}</h2>
      <p className={styles.intro}>{t.results.intro}</p>
      <Field
        label={t.results.thresholdLabel}
        hint={t.results.thresholdHint(number(RANGE.midpoint), number(RANGE.min), number(RANGE.max))}
        validationState={triedSubmit && !valid ? "error" : "none"}
        validationMessage={triedSubmit && !valid ? t.results.thresholdInvalid(number(RANGE.min), number(RANGE.max)) : undefined}
      >
        <Input className={styles.threshold} inputMode="decimal" value={thresholdText} onChange={(_, d) => setThresholdText(d.value)} data-testid="threshold" />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.status === "busy"}>
          {t.results.submit}
        </Button>
        {state.status === "busy" && <Spinner size="tiny" label={t.results.busy} />}
      </div>
      <div aria-live="polite">
        {report && (
          <MessageBar intent={report.sheets.length === 0 && report.charts === 0 ? "info" : "success"} layout="multiline">
            <MessageBarBody data-testid="results-summary">
              {report.sheets.length === 0 && report.charts === 0 ? (
                t.results.noSheets
              ) : (
                <>
                  <div>{t.results.done(report.sheets.join(", "))}</div>
                  <ul className={styles.report}>
                    <li>{t.results.charts(number(report.charts))}</li>
                    <li>{t.results.weakPoints(number(report.weakPoints))}</li>
                  </ul>
                  {report.skipped.length > 0 && (
                    <div data-testid="results-skipped">
                      {skippedTexts(report.skipped, t).map((text) => (
                        <p key={text}>{text}</p>
                      ))}
                    </div>
                  )}
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {report && <SheetLinks host={host} sheets={report.sheets} testId="results-sheets" />}
      {state.status === "failed" && <ErrorNotice summary={t.results.failed} error={state.error} />}
    </form>
  );
}
