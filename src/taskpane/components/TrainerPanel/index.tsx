import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cardStyle } from "../styles/card";
import { findTemplate } from "../../../core/catalog";
import { buildSheetPlan } from "../../../plan/buildSheet";
import { parseRange, cellRef } from "../../../plan/a1";
import { CHART_PREFIX } from "../../../plan/types";
import { canBuildResults, canWriteOwnedSheets, type PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { useMergeRun } from "../../merge/useMergeRun";
import { DEMO_FILE_NAMES, TRAINER_PERIOD, TRAINER_TEMPLATE, demoReturns } from "../../trainer/demoReturns";
import { useTask } from "../../useTask";
import { ErrorNotice } from "../ErrorNotice";
import { MergeProgressView } from "../MergeProgress";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  stepDone: { color: tokens.colorNeutralForeground2 },
  stepCurrent: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  card: cardStyle,
  counter: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  stepHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" } },
  body: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  nav: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
});

const STEPS = ["insert", "fill", "finding", "fix", "results", "charts", "merge", "done"] as const;
type Step = (typeof STEPS)[number];

/** Where the walk-through points the trainer: the first rating cell and the first chart's corner. */
function trainerPlaces() {
  const template = findTemplate(TRAINER_TEMPLATE);
  if (!template) throw new Error(`the catalogue has no template ${TRAINER_TEMPLATE}`);
  const plan = buildSheetPlan(template);
  const { r1, c1 } = parseRange(plan.table.ref);
  const ratingCell = cellRef(r1 + 1, c1 + plan.table.headers.indexOf(plan.inputHeaders.value));
  const nums = template.scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  return { ratingCell, chartCell: plan.charts[0]?.anchor.from, scale: `${Math.min(...nums)}–${Math.max(...nums)}` };
}

/**
 * A seminar, step by step: insert a template with demonstration data, fill it in, meet a finding,
 * fix it, build results, look at the charts, and merge three demonstration returns of which one is
 * damaged. The pane never types into the workbook itself: the trainer makes the mistake by hand, as
 * the audience would, and the pane checks it.
 */
export function TrainerPanel({ host }: { readonly host: PaneHost }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const [index, setIndex] = useState(0);
  const step: Step = STEPS[index];
  const places = useMemo(trainerPlaces, []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const insert = useCallback(() => host.insertTemplate({ templateId: TRAINER_TEMPLATE, demo: true, periods: TRAINER_PERIOD }), [host]);
  const inserted = useTask(insert);
  const sheet = inserted.state.status === "done" ? inserted.state.result.sheet : undefined;

  const validate = useCallback(() => (sheet ? host.validate(sheet) : Promise.reject(new Error("no demonstration sheet yet"))), [host, sheet]);
  const firstCheck = useTask(validate);
  const secondCheck = useTask(validate);

  const build = useCallback(() => (canBuildResults(host) ? host.buildResults({}) : Promise.reject(new Error("buildResults is not available in this host"))), [host]);
  const results = useTask(build);

  const [selectError, setSelectError] = useState<unknown>(undefined);
  const select = async (cell: string) => {
    if (!sheet) return;
    setSelectError(undefined);
    try {
      await host.selectCell(sheet, cell);
    } catch (error) {
      setSelectError(error);
    }
  };

  const writer = canWriteOwnedSheets(host) ? host : undefined;
  const merge = useMergeRun(writer);
  const [demoError, setDemoError] = useState<unknown>(undefined);
  const runDemoMerge = async () => {
    setDemoError(undefined);
    try {
      await merge.start(await demoReturns());
    } catch (error) {
      setDemoError(error);
    }
  };

  // A screen-reader user hears the new step: focus moves to its heading on Next and Back.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);
  const go = (to: number) => {
    moved.current = true;
    setSelectError(undefined);
    setIndex(to);
  };

  const needSheet = !sheet && step !== "insert" && step !== "merge" && step !== "done" && (
    <MessageBar intent="info">
      <MessageBarBody>{t.trainer.needInsert}</MessageBarBody>
    </MessageBar>
  );

  const checkOutcome = (state: typeof firstCheck.state, fixing: boolean) =>
    state.status === "done" && (
      <MessageBar intent={state.result.findings.length === 0 ? (fixing ? "success" : "info") : fixing ? "warning" : "success"}>
        <MessageBarBody data-testid={`trainer-${fixing ? "fix" : "finding"}-outcome`}>
          {state.result.findings.length === 0
            ? fixing
              ? t.trainer.fixed
              : t.trainer.noFindingsYet(places.ratingCell)
            : fixing
              ? t.trainer.stillFindings(number(state.result.findings.length))
              : t.trainer.findingsFound(number(state.result.findings.length))}
        </MessageBarBody>
      </MessageBar>
    );

  const content: Record<Step, JSX.Element> = {
    insert: (
      <>
        <p className={styles.body}>{t.trainer.insertBody}</p>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void inserted.start()} disabled={inserted.state.status === "busy"}>
            {t.trainer.insertButton}
          </Button>
          {inserted.state.status === "busy" && <Spinner size="tiny" label={t.insert.busy} />}
        </div>
        <div aria-live="polite">
          {sheet && (
            <MessageBar intent="success">
              <MessageBarBody data-testid="trainer-inserted">{t.trainer.inserted(sheet)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {inserted.state.status === "failed" && <ErrorNotice summary={t.insert.failed} error={inserted.state.error} />}
      </>
    ),
    fill: (
      <>
        <p className={styles.body}>{t.trainer.fillBody(places.ratingCell, places.scale)}</p>
        {needSheet}
        <div className={styles.row}>
          <Button onClick={() => void select(places.ratingCell)} disabled={!sheet}>
            {t.trainer.showCell(places.ratingCell)}
          </Button>
        </div>
      </>
    ),
    finding: (
      <>
        <p className={styles.body}>{t.trainer.findingBody(places.ratingCell)}</p>
        {needSheet}
        <div className={styles.row}>
          <Button onClick={() => void select(places.ratingCell)} disabled={!sheet}>
            {t.trainer.showCell(places.ratingCell)}
          </Button>
          <Button appearance="primary" onClick={() => void firstCheck.start()} disabled={!sheet || firstCheck.state.status === "busy"}>
            {t.trainer.checkButton}
          </Button>
          {firstCheck.state.status === "busy" && <Spinner size="tiny" label={t.validate.busy} />}
        </div>
        <div aria-live="polite">{checkOutcome(firstCheck.state, false)}</div>
        {firstCheck.state.status === "failed" && <ErrorNotice summary={t.validate.failed} error={firstCheck.state.error} />}
      </>
    ),
    fix: (
      <>
        <p className={styles.body}>{t.trainer.fixBody(places.ratingCell)}</p>
        {needSheet}
        <div className={styles.row}>
          <Button onClick={() => void select(places.ratingCell)} disabled={!sheet}>
            {t.trainer.showCell(places.ratingCell)}
          </Button>
          <Button appearance="primary" onClick={() => void secondCheck.start()} disabled={!sheet || secondCheck.state.status === "busy"}>
            {t.trainer.checkButton}
          </Button>
          {secondCheck.state.status === "busy" && <Spinner size="tiny" label={t.validate.busy} />}
        </div>
        <div aria-live="polite">{checkOutcome(secondCheck.state, true)}</div>
        {secondCheck.state.status === "failed" && <ErrorNotice summary={t.validate.failed} error={secondCheck.state.error} />}
      </>
    ),
    results: (
      <>
        <p className={styles.body}>{t.trainer.resultsBody}</p>
        {needSheet}
        {!canBuildResults(host) ? (
          <MessageBar intent="warning" data-testid="trainer-results-unavailable">
            <MessageBarBody>
              {t.results.unavailable} {t.notAvailable}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void results.start()} disabled={!sheet || results.state.status === "busy"}>
              {t.results.submit}
            </Button>
            {results.state.status === "busy" && <Spinner size="tiny" label={t.results.busy} />}
          </div>
        )}
        <div aria-live="polite">
          {results.state.status === "done" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody data-testid="trainer-results">
                <div>{t.results.done(results.state.result.sheets.join(", "))}</div>
                <div>{t.results.charts(number(results.state.result.charts))}</div>
                <div>{t.results.weakPoints(number(results.state.result.weakPoints))}</div>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {results.state.status === "failed" && <ErrorNotice summary={t.results.failed} error={results.state.error} />}
      </>
    ),
    charts: (
      <>
        <p className={styles.body}>{t.trainer.chartsBody(CHART_PREFIX)}</p>
        {needSheet}
        {places.chartCell && (
          <div className={styles.row}>
            <Button onClick={() => void select(places.chartCell!)} disabled={!sheet}>
              {t.trainer.showCharts}
            </Button>
          </div>
        )}
      </>
    ),
    merge: (
      <>
        <p className={styles.body}>{t.trainer.mergeBody(`“${DEMO_FILE_NAMES[0]}”, “${DEMO_FILE_NAMES[1]}”`, DEMO_FILE_NAMES[2])}</p>
        {!writer ? (
          <MessageBar intent="warning" data-testid="trainer-merge-unavailable">
            <MessageBarBody>
              {t.merge.unavailable} {t.notAvailable}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void runDemoMerge()} disabled={merge.busy}>
              {t.trainer.mergeButton}
            </Button>
          </div>
        )}
        {demoError !== undefined && <ErrorNotice summary={t.merge.failed} error={demoError} />}
        <MergeProgressView host={host} state={merge.state} onCancel={merge.cancel} testId="trainer-merge" />
      </>
    ),
    done: <p className={styles.body}>{t.trainer.doneBody}</p>,
  };

  return (
    <section className={styles.panel}>
      <h2 className={styles.heading}>{t.trainer.heading}</h2>
      <p className={styles.intro}>{t.trainer.intro}</p>
      <ol className={styles.steps} aria-label={t.trainer.stepsLabel}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === index ? "step" : undefined} className={mergeClasses(i < index && styles.stepDone, i === index && styles.stepCurrent)}>
            {t.trainer.stepTitles[s]}
          </li>
        ))}
      </ol>
      <div className={styles.card} data-testid="trainer-step" data-step={step}>
        <p className={styles.counter}>{t.trainer.stepOf(number(index + 1), number(STEPS.length))}</p>
        <h3 className={styles.stepHeading} ref={headingRef} tabIndex={-1}>
          {t.trainer.stepTitles[step]}
        </h3>
        {content[step]}
        {selectError !== undefined && <ErrorNotice summary={t.validate.selectFailed} error={selectError} />}
      </div>
      <div className={styles.nav}>
        <Button onClick={() => go(index - 1)} disabled={index === 0}>
          {t.trainer.back}
        </Button>
        {index < STEPS.length - 1 ? (
          <Button appearance="primary" onClick={() => go(index + 1)}>
            {t.trainer.next}
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => go(0)}>
            {t.trainer.restart}
          </Button>
        )}
      </div>
    </section>
  );
}
