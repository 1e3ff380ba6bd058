import { useId, useState } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  details: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    maxHeight: "12rem",
    overflowY: "auto",
  },
  toggle: { paddingLeft: 0, minWidth: 0 },
});

/**
 * The technical side of an error, for support: name, message, the Office error code and debug info
 * when the host gives them, and the stack. Users see the plain sentence; this is one click away.
 */
export function technicalDetails(error: unknown): string {
  if (!(error instanceof Error)) return typeof error === "string" ? error : safeJson(error);
  const headline = `${error.name}: ${error.message}`;
  const lines = [headline];
  // Office.js errors (OfficeExtension.Error) carry a code and debugInfo; read them structurally so
  // this component stays free of Office.js.
  const extra = error as Error & { code?: unknown; debugInfo?: unknown };
  if (extra.code !== undefined) lines.push(`code: ${String(extra.code)}`);
  if (extra.debugInfo !== undefined) lines.push(`debugInfo: ${safeJson(extra.debugInfo)}`);
  // V8 stacks repeat the headline as their first line.
  if (error.stack) lines.push("", error.stack.startsWith(headline) ? error.stack.slice(headline.length).replace(/^\n/, "") : error.stack);
  return lines.join("\n");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

export interface ErrorNoticeProps {
  /** What went wrong and what to do, in the user's words. */
  readonly summary: string;
  readonly error: unknown;
}

/** The kind of a refusal the pane can explain (a HostProblem), read structurally. */
function problemKind(error: unknown, known: object): string | undefined {
  const kind = (error as { kind?: unknown } | null)?.kind;
  return typeof kind === "string" && kind in known ? kind : undefined;
}

export function ErrorNotice({ summary, error }: ErrorNoticeProps) {
  const { t } = useI18n();
  const kind = problemKind(error, t.error.problems) as keyof typeof t.error.problems | undefined;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <div>{kind ? t.error.problems[kind] : summary}</div>
        <Button
          className={styles.toggle}
          appearance="transparent"
          size="small"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.error.detailsHide : t.error.detailsShow}
        </Button>
        {open && (
          // Focusable, so a keyboard user can scroll a long stack (the box has a maximum height).
          <pre id={detailsId} className={styles.details} data-testid="error-details" tabIndex={0}>
            {technicalDetails(error) || t.error.unknown}
          </pre>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
