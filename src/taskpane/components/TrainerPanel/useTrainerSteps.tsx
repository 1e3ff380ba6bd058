import { useCallback, useMemo, useState } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { findTemplate } from "../../../core/catalog";
import { buildSheetPlan } from "../../../plan/buildSheet";
import { firstRatingCell } from "../../../plan/newSheet";
import { CHART_PREFIX } from "../../../plan/types";
import type { PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { useMergeRun } from "../../merge/useMergeRun";
import { DEMO_FILE_NAMES, TRAINER_PERIOD, TRAINER_TEMPLATE, demoReturns } from "../../trainer/demoReturns";
import { useTask } from "../../useTask";
import { ErrorNotice } from "../ErrorNotice";
import { MergeProgressView } from "../MergeProgress";
import type { StepSpec } from "./TrainerStep";

/** The walk-through's steps, in order (their titles are `t.trainer.stepTitles`). */
export type Step = "insert" | "fill" | "finding" | "fix" | "results" | "charts" | "merge" | "done";

/** Where the walk-through points the trainer: the first rating cell and the first chart's corner. */
function trainerPlaces() {
  const template = findTemplate(TRAINER_TEMPLATE);
  if (!template) throw new Error(`the catalogue has no template ${TRAINER_TEMPLATE}`);
  const plan = buildSheetPlan(template);
  const ratingCell = firstRatingCell(plan);
  const nums = template.scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  // A value just off the scale, which the trainer types where no dropdown stops it (step 3).
  return { ratingCell, chartCell: plan.charts[0]?.anchor.from, scale: `${Math.min(...nums)}–${Math.max(...nums)}`, offScale: Math.max(...nums) + 2 };
}

/**
 * The walk-through's eight steps as data, with the host calls behind their buttons. The pane never
 * types into the workbook itself: the trainer makes the mistake by hand and the pane checks it.
 */
export function useTrainerSteps(host: PaneHost) {
  const { t, number } = useI18n();
  const places = useMemo(trainerPlaces, []);

  const insert = useCallback(() => host.insertTemplate({ templateId: TRAINER_TEMPLATE, demo: true, periods: TRAINER_PERIOD }), [host]);
  const inserted = useTask(insert);
  const sheet = inserted.state.status === "done" ? inserted.state.result.sheet : undefined;

  const validate = useCallback(() => (sheet ? host.validate(sheet) : Promise.reject(new Error("no demonstration sheet yet"))), [host, sheet]);
  const firstCheck = useTask(validate);
  const secondCheck = useTask(validate);

  const build = useCallback(() => host.buildResults({}), [host]);
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

  const merge = useMergeRun(host);
  const [demoError, setDemoError] = useState<unknown>(undefined);
  const runDemoMerge = async () => {
    setDemoError(undefined);
    try {
      await merge.start(await demoReturns());
    } catch (error) {
      setDemoError(error);
    }
  };

  const showCell = { label: t.trainer.showCell(places.ratingCell), run: () => void select(places.ratingCell), disabled: !sheet };

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

  /** A check of the sheet: in "finding" done means findings were found, in "fix" that none are left. */
  const checkStep = (id: "finding" | "fix", body: string, check: typeof firstCheck): StepSpec<Step> => {
    const fixing = id === "fix";
    return {
      id,
      body,
      needsSheet: true,
      actions: [showCell, { label: t.trainer.checkButton, primary: true, run: () => void check.start(), disabled: !sheet || check.state.status === "busy" }],
      busy: check.state.status === "busy" ? t.validate.busy : undefined,
      outcome: () => checkOutcome(check.state, fixing),
      after: check.state.status === "failed" && <ErrorNotice summary={t.validate.failed} error={check.state.error} />,
    };
  };

  const steps: readonly StepSpec<Step>[] = [
    {
      id: "insert",
      body: t.trainer.insertBody,
      needsSheet: false,
      actions: [{ label: t.trainer.insertButton, primary: true, run: () => void inserted.start(), disabled: inserted.state.status === "busy" }],
      busy: inserted.state.status === "busy" ? t.insert.busy : undefined,
      outcome: () =>
        sheet && (
          <MessageBar intent="success">
            <MessageBarBody data-testid="trainer-inserted">{t.trainer.inserted(sheet)}</MessageBarBody>
          </MessageBar>
        ),
      after: inserted.state.status === "failed" && <ErrorNotice summary={t.insert.failed} error={inserted.state.error} />,
    },
    { id: "fill", body: t.trainer.fillBody(places.ratingCell, places.scale), needsSheet: true, actions: [showCell] },
    checkStep("finding", t.trainer.findingBody(places.ratingCell, number(places.offScale)), firstCheck),
    checkStep("fix", t.trainer.fixBody(places.ratingCell), secondCheck),
    {
      id: "results",
      body: t.trainer.resultsBody,
      needsSheet: true,
      actions: [{ label: t.results.submit, primary: true, run: () => void results.start(), disabled: !sheet || results.state.status === "busy" }],
      busy: results.state.status === "busy" ? t.results.busy : undefined,
      outcome: () =>
        results.state.status === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody data-testid="trainer-results">
              <div>{t.results.done(results.state.result.sheets.join(", "))}</div>
              <div>{t.results.charts(number(results.state.result.charts))}</div>
              <div>{t.results.weakPoints(number(results.state.result.weakPoints))}</div>
            </MessageBarBody>
          </MessageBar>
        ),
      after: results.state.status === "failed" && <ErrorNotice summary={t.results.failed} error={results.state.error} />,
    },
    {
      id: "charts",
      body: t.trainer.chartsBody(CHART_PREFIX),
      needsSheet: true,
      actions: places.chartCell ? [{ label: t.trainer.showCharts, run: () => void select(places.chartCell!), disabled: !sheet }] : [],
    },
    {
      id: "merge",
      body: t.trainer.mergeBody(`${t.quote(DEMO_FILE_NAMES[0])}, ${t.quote(DEMO_FILE_NAMES[1])}`, DEMO_FILE_NAMES[2]),
      needsSheet: false,
      actions: [{ label: t.trainer.mergeButton, primary: true, run: () => void runDemoMerge(), disabled: merge.busy }],
      after: (
        <>
          {demoError !== undefined && <ErrorNotice summary={t.merge.failed} error={demoError} />}
          <MergeProgressView host={host} state={merge.state} onCancel={merge.cancel} testId="trainer-merge" />
        </>
      ),
    },
    { id: "done", body: t.trainer.doneBody, needsSheet: false, actions: [] },
  ];

  return { steps, hasSheet: sheet !== undefined, selectError, clearSelectError: () => setSelectError(undefined) };
}
