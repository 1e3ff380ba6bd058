import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n";

/** One button of a step: what the step asks the host to do. */
export interface StepAction {
  readonly label: string;
  readonly run: () => void;
  readonly disabled: boolean;
  readonly primary?: boolean;
}

/** One step of the walk-through, as data; `TrainerStep` draws it. */
export interface StepSpec<Id extends string = string> {
  readonly id: Id;
  /** The step's instructions (from `t.trainer`). */
  readonly body: string;
  /** Until the demonstration sheet is inserted, the step says to insert it first. */
  readonly needsSheet: boolean;
  /** When the host lacks what the step needs: a warning in place of its buttons (`what` is missing). */
  readonly actions: readonly StepAction[];
  /** While an action runs: the spinner's label. */
  readonly busy?: string;
  /** What "done" means for the step, announced politely; absent for steps that only point somewhere. */
  readonly outcome?: () => ReactNode;
  /** An action's failure (or anything else shown after the outcome). */
  readonly after?: ReactNode;
}

const useStyles = makeStyles({
  body: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export function TrainerStep({ step, hasSheet }: { readonly step: StepSpec; readonly hasSheet: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  let controls: ReactNode = null;
  if (step.actions.length > 0) {
    controls = (
      <div className={styles.row}>
        {step.actions.map((a) => (
          <Button key={a.label} appearance={a.primary ? "primary" : undefined} onClick={a.run} disabled={a.disabled}>
            {a.label}
          </Button>
        ))}
        {step.busy !== undefined && <Spinner size="tiny" label={step.busy} />}
      </div>
    );
  }
  return (
    <>
      <p className={styles.body}>{step.body}</p>
      {step.needsSheet && !hasSheet && (
        <MessageBar intent="info">
          <MessageBarBody>{t.trainer.needInsert}</MessageBarBody>
        </MessageBar>
      )}
      {controls}
      {step.outcome && <div aria-live="polite">{step.outcome()}</div>}
      {step.after}
    </>
  );
}
