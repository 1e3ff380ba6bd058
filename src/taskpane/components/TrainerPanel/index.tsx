import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cardStyle } from "../styles/card";
import type { PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { ErrorNotice } from "../ErrorNotice";
import { TrainerStep } from "./TrainerStep";
import { useTrainerSteps } from "./useTrainerSteps";

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
  nav: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
});

/**
 * A seminar, step by step: insert a template with demonstration data, fill it in, meet a finding,
 * fix it, build results, look at the charts, and merge three demonstration returns of which one is
 * damaged. The steps are data (`useTrainerSteps`); this panel lists them and shows the current one.
 */
export function TrainerPanel({ host }: { readonly host: PaneHost }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const [index, setIndex] = useState(0);
  const { steps, hasSheet, selectError, clearSelectError } = useTrainerSteps(host);
  const step = steps[index];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // A screen-reader user hears the new step: focus moves to its heading on Next and Back.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);
  const go = (to: number) => {
    moved.current = true;
    clearSelectError();
    setIndex(to);
  };

  return (
    <section className={styles.panel}>
      <h2 className={styles.heading}>{t.trainer.heading}</h2>
      <p className={styles.intro}>{t.trainer.intro}</p>
      <ol className={styles.steps} aria-label={t.trainer.stepsLabel}>
        {steps.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === index ? "step" : undefined}
            className={mergeClasses(i < index && styles.stepDone, i === index && styles.stepCurrent)}
          >
            {t.trainer.stepTitles[s.id]}
          </li>
        ))}
      </ol>
      <div className={styles.card} data-testid="trainer-step" data-step={step.id}>
        <p className={styles.counter}>{t.trainer.stepOf(number(index + 1), number(steps.length))}</p>
        <h3 className={styles.stepHeading} ref={headingRef} tabIndex={-1}>
          {t.trainer.stepTitles[step.id]}
        </h3>
        <TrainerStep step={step} hasSheet={hasSheet} />
        {selectError !== undefined && <ErrorNotice summary={t.validate.selectFailed} error={selectError} />}
      </div>
      <div className={styles.nav}>
        <Button onClick={() => go(index - 1)} disabled={index === 0}>
          {t.trainer.back}
        </Button>
        {index < steps.length - 1 ? (
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
