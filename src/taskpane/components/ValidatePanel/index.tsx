import { useCallback, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { Finding, Severity } from "../../../core/validation/validate";
import type { HostAdapter } from "../../../host/types";
import { useI18n } from "../../i18n";
import type { FieldCode } from "../../i18n/types";
import { useTask } from "../../useTask";
import { ErrorNotice } from "../ErrorNotice";
import { sayFinding } from "../../../wording";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  sheetHeading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    width: "100%",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  findingText: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
});

/** Findings by sheet, sheets in the order the host reported them (the workbook's order). */
function bySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.sheet);
    if (group) group.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups];
}

const badgeColor: Record<Severity, BadgeProps["color"]> = { error: "danger", incomplete: "warning", warning: "informative" };

export function ValidatePanel({ host }: { readonly host: HostAdapter }) {
  const { t, language, number } = useI18n();
  /** Metadata findings are named in words ("assessor"); item findings by their code. */
  const what = (code: string) =>
    Object.prototype.hasOwnProperty.call(t.validate.fields, code) ? t.validate.fields[code as FieldCode] : t.validate.findingCode(code);
  const styles = useStyles();
  const validate = useCallback(() => host.validate(), [host]);
  const { state, start } = useTask(validate);
  // A failed click-through is kept apart from the report, so the list stays on screen.
  const [selectError, setSelectError] = useState<unknown>(undefined);

  const goTo = async (finding: Finding) => {
    setSelectError(undefined);
    try {
      await host.selectCell(finding.sheet, finding.cell);
    } catch (error) {
      setSelectError(error);
    }
  };

  const report = state.status === "done" ? state.result : undefined;
  return (
    <section className={styles.panel}>
      <h2 className={styles.heading}>{t.validate.heading}</h2>
      <p className={styles.intro}>{t.validate.intro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void start()} disabled={state.status === "busy"}>
          {t.validate.submit}
        </Button>
        {state.status === "busy" && <Spinner size="tiny" label={t.validate.busy} />}
      </div>
      {state.status === "failed" && <ErrorNotice summary={t.validate.failed} error={state.error} />}
      <div aria-live="polite">
        {report && (
          <MessageBar intent={report.sheets.length === 0 ? "info" : report.findings.length === 0 ? "success" : "warning"}>
            <MessageBarBody data-testid="validate-summary">
              {report.sheets.length === 0
                ? t.validate.noSheets
                : report.findings.length === 0
                  ? t.validate.allGood(report.sheets.join(", "))
                  : t.validate.summary(number(report.findings.length), report.sheets.join(", "))}
            </MessageBarBody>
          </MessageBar>
        )}
        {report?.unmarked && report.unmarked.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody data-testid="validate-unmarked">{t.validate.unmarked(report.unmarked.join(", "))}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {selectError !== undefined && <ErrorNotice summary={t.validate.selectFailed} error={selectError} />}
      {report && report.findings.length > 0 && (
        <div data-testid="findings">
          {bySheet(report.findings).map(([sheet, findings]) => (
            <section key={sheet} aria-label={sheet}>
              <h3 className={styles.sheetHeading}>{t.validate.sheetFindings(sheet, number(findings.length))}</h3>
              <ul className={styles.list}>
                {findings.map((f, i) => (
                  <li key={`${f.cell}#${f.rule}#${i}`}>
                    <Button
                      className={styles.finding}
                      appearance="subtle"
                      title={t.validate.findingGoTo}
                      onClick={() => void goTo(f)}
                      data-sheet={f.sheet}
                      data-cell={f.cell}
                    >
                      <span className={styles.findingText}>
                        <span className={styles.where}>
                          <Badge appearance="tint" color={badgeColor[f.severity]}>
                            {t.validate.severity[f.severity]}
                          </Badge>
                          <span>{t.validate.findingWhere(f.cell, what(f.code))}</span>
                        </span>
                        <span>{sayFinding(f.reason, language)}</span>
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
