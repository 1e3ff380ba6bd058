import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { cardStyle } from "../styles/card";
import { SELF_CHECK_STEPS, type SelfCheckStepId } from "../../../host/selfCheck";
import type { PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { copyText } from "../../selfcheck/clipboard";
import { MARKS, problemText, reportLines } from "../../selfcheck/reportText";
import { demoReturnsRead } from "../../selfcheck/returns";
import { useTask } from "../../useTask";
import { ErrorNotice } from "../ErrorNotice";

const useStyles = makeStyles({
  card: cardStyle,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  steps: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200, wordBreak: "break-word" },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  area: { width: "100%", minHeight: "10rem", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // Out of sight but selectable: a hidden textarea could not be selected for the copy fallback.
  offscreen: { position: "absolute", left: "-10000px", width: "1px", height: "1px" },
});

/**
 * The self-check in Palīdzība: one button, progress step by step, the report with a mark per step,
 * a copy of it as plain text for the ministry, and on request the same lines on a sheet. `autoStart`
 * runs it at once (the ribbon's "Pašpārbaude" opens the pane so).
 */
export function SelfCheck({ host, autoStart = false }: { readonly host: PaneHost; readonly autoStart?: boolean }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const styles = useStyles();
  const [step, setStep] = useState<{ id: SelfCheckStepId; index: number } | undefined>();
  const [copy, setCopy] = useState<"copied" | "selected" | undefined>();
  const area = useRef<HTMLTextAreaElement>(null);

  const check = useCallback(async () => {
    setCopy(undefined);
    return host.selfCheck({ returns: demoReturnsRead, onProgress: (id, index) => setStep({ id, index }) });
  }, [host]);
  const run = useTask(check);
  const report = run.state.status === "done" ? run.state.result : undefined;
  const lines = useMemo(() => (report ? reportLines(report, i18n) : []), [report, i18n]);

  const write = useCallback(async () => {
    return host.writeReportSheet(lines);
  }, [host, lines]);
  const written = useTask(write);

  const started = useRef(false);
  useEffect(() => {
    if (autoStart && !started.current) {
      started.current = true;
      void run.start();
    }
  }, [autoStart, host, run]);

  const total = SELF_CHECK_STEPS.length;

  return (
    <section className={styles.card} aria-labelledby="selfcheck-heading" data-testid="selfcheck">
      <h3 id="selfcheck-heading" className={styles.heading}>
        {t.selfCheck.heading}
      </h3>
      <p className={styles.text}>{t.selfCheck.intro}</p>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run.start()} disabled={run.state.status === "busy"}>
          {t.selfCheck.run}
        </Button>
      </div>

      {run.state.status === "busy" && (
        <div role="status">
          <Spinner size="tiny" label={step ? t.selfCheck.busy(t.selfCheck.steps[step.id], number(step.index + 1), number(total)) : t.selfCheck.heading} />
          <ProgressBar value={step ? step.index / total : 0} aria-hidden />
        </div>
      )}
      {run.state.status === "failed" && <ErrorNotice summary={t.selfCheck.runFailed} error={run.state.error} />}

      {report && (
        <>
          <MessageBar intent={report.passed ? "success" : "error"} data-testid="selfcheck-verdict" data-passed={String(report.passed)}>
            <MessageBarBody>{report.passed ? t.selfCheck.passed : t.selfCheck.failed}</MessageBarBody>
          </MessageBar>
          <ol className={styles.steps} aria-label={t.selfCheck.heading}>
            {report.steps.map((s) => (
              <li key={s.id} data-step={s.id} data-status={s.status}>
                <span className={styles[s.status]} aria-hidden>
                  {MARKS[s.status]}
                </span>{" "}
                {/* Syncs and milliseconds are for support: they are in the copied report, not on screen. */}
                {t.selfCheck.steps[s.id]} — {t.selfCheck.status[s.status]}
                {s.problems.length > 0 && (
                  <ul className={styles.problems}>
                    {s.problems.slice(0, 20).map((p, i) => (
                      <li key={i}>{problemText(p, i18n)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <p className={styles.text}>{t.selfCheck.send}</p>
          <div className={styles.row}>
            <Button onClick={() => void copyText(lines.join("\n"), () => area.current).then(setCopy)}>{t.selfCheck.copy}</Button>
            <Button onClick={() => void written.start()} disabled={written.state.status === "busy"}>
              {t.selfCheck.writeSheet}
            </Button>
          </div>
          {copy === "copied" && (
            <MessageBar intent="success">
              <MessageBarBody>{t.selfCheck.copied}</MessageBarBody>
            </MessageBar>
          )}
          {copy === "selected" && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.selfCheck.copyManually}</MessageBarBody>
            </MessageBar>
          )}
          {/* The fallback's textarea: always in the page (copyText selects it), shown only when needed. */}
          <textarea
            ref={area}
            className={copy === "selected" ? styles.area : styles.offscreen}
            readOnly
            tabIndex={copy === "selected" ? 0 : -1}
            aria-hidden={copy !== "selected"}
            aria-label={t.selfCheck.reportLabel}
            value={lines.join("\n")}
            data-testid="selfcheck-text"
          />
          {written.state.status === "busy" && <Spinner size="tiny" label={t.selfCheck.writing} />}
          {written.state.status === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>{t.selfCheck.written(written.state.result.sheet)}</MessageBarBody>
            </MessageBar>
          )}
          {written.state.status === "failed" && <ErrorNotice summary={t.selfCheck.writeFailed} error={written.state.error} />}
        </>
      )}
    </section>
  );
}
