import { Badge, Button, Field, MessageBar, MessageBarBody, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { MERGE_SHEETS } from "../../../plan/mergeSheets";
import { useI18n } from "../../i18n";
import type { Reason } from "../../../core/reasons";
import { say } from "../../../wording";
import type { MergeState } from "../../merge/useMergeRun";
import type { HostAdapter } from "../../../host/types";
import { ErrorNotice } from "../ErrorNotice";
import { SheetLinks } from "../SheetLinks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // A merge of 1,000 files lists 1,000 lines: the list scrolls in its own box, not the whole pane.
  scroller: { maxHeight: "16rem", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { listStyleType: "none", margin: 0, padding: tokens.spacingHorizontalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  file: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Line {
  readonly file: string;
  readonly ok: boolean;
  readonly label: string;
  readonly reasons: readonly Reason[];
}

export interface MergeProgressViewProps {
  /** For opening the written sheets. */
  readonly host: HostAdapter;
  readonly state: MergeState;
  readonly onCancel: () => void;
  /** Prefix of data-testid values, so two merge views (Merge, Training) stay apart in tests. */
  readonly testId: string;
}

/** The running merge: progress "N of M", Cancel, then one line per file and the rejected list. */
export function MergeProgressView({ host, state, onCancel, testId }: MergeProgressViewProps) {
  const { t, number, language } = useI18n();
  const styles = useStyles();
  const busy = state.phase === "loading" || state.phase === "reading" || state.phase === "writing";
  if (state.phase === "idle") return null;

  // While reading: each file as read. Once merged: each file's final standing (a readable file can
  // still be a duplicate, or lack its service's name).
  const lines: Line[] = state.run
    ? state.run.files.map((f) => ({
        file: f.file,
        ok: f.accepted > 0,
        label: f.accepted > 0 ? t.merge.fileAccepted(number(f.accepted)) : t.merge.fileRejected,
        reasons: f.reasons,
      }))
    : state.read.map((o) =>
        o.status === "read"
          ? { file: o.file, ok: true, label: t.merge.fileRead(number(o.forms)), reasons: [] }
          : { file: o.file, ok: false, label: t.merge.fileRejected, reasons: [o.reason] },
      );
  const rejected = state.run?.result.rejected;

  return (
    <div className={styles.root} data-testid={`${testId}-progress`}>
      {state.phase === "loading" ? (
        <Spinner size="tiny" label={t.merge.loading} />
      ) : (
        <Field label={t.merge.progressLabel} hint={t.merge.progress(number(state.done), number(state.total))}>
          <ProgressBar value={state.total === 0 ? 0 : state.done / state.total} thickness="large" data-testid={`${testId}-bar`} />
        </Field>
      )}
      {busy && (
        <div className={styles.row}>
          <Button onClick={onCancel} disabled={state.phase === "writing"}>
            {t.merge.cancel}
          </Button>
          {state.phase === "writing" && <Spinner size="tiny" label={t.merge.writing} />}
        </div>
      )}
      <div aria-live="polite">
        {state.phase === "cancelled" && (
          <MessageBar intent="warning">
            <MessageBarBody data-testid={`${testId}-cancelled`}>{t.merge.cancelled}</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === "done" && state.run && (
          <MessageBar intent={state.run.result.rejected.length === 0 ? "success" : "warning"} layout="multiline">
            <MessageBarBody data-testid={`${testId}-summary`}>
              {t.merge.done(number(state.run.result.accepted.length), number(state.run.result.rejected.length), state.run.written.sheets.join(", "))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.phase === "done" && state.run && <SheetLinks host={host} sheets={state.run.written.sheets} testId={`${testId}-sheets`} />}
      {state.phase === "failed" && <ErrorNotice summary={t.merge.failed} error={state.error} />}
      {lines.length > 0 && (
        <section aria-labelledby={`${testId}-files-heading`}>
          <h3 id={`${testId}-files-heading`} className={styles.subheading}>
            {t.merge.filesHeading}
          </h3>
          {/* Focusable, so a keyboard user can scroll a long list. */}
          <div className={styles.scroller} tabIndex={0} role="group" aria-labelledby={`${testId}-files-heading`}>
            <ul className={styles.list} data-testid={`${testId}-files`}>
              {lines.map((l, i) => (
                <li key={`${l.file}#${i}`} className={styles.line} data-file={l.file} data-ok={l.ok}>
                  <span className={styles.head}>
                    <Badge appearance="tint" color={l.ok ? "success" : "danger"}>
                      {l.label}
                    </Badge>
                    <span className={styles.file}>{l.file}</span>
                  </span>
                  {l.reasons.map((r, k) => (
                    <span key={k} className={styles.reason}>
                      {say(r, language)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {rejected && (
        <section aria-labelledby={`${testId}-rejected-heading`} data-testid={`${testId}-rejected`}>
          <h3 id={`${testId}-rejected-heading`} className={styles.subheading}>
            {t.merge.rejectedHeading(number(rejected.length))}
          </h3>
          {rejected.length === 0 ? (
            <p className={styles.note}>{t.merge.noneRejected}</p>
          ) : (
            <>
              <ul>
                {rejected.map((r, i) => (
                  <li key={`${r.file}#${i}`}>
                    <span className={styles.file}>{r.file}</span>: {say(r.reason, language)}
                  </li>
                ))}
              </ul>
              <p className={styles.note}>{t.merge.rejectedNote(MERGE_SHEETS.rejected)}</p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
