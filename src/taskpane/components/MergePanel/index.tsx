import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PaneHost } from "../../hostFeatures";
import { useI18n } from "../../i18n";
import { useMergeRun } from "../../merge/useMergeRun";
import { MergeProgressView } from "../MergeProgress";
import { MEBIBYTE } from "../../../core/limits";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  privacy: { margin: 0, color: tokens.colorNeutralForeground2 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalM}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  dropDisabled: { cursor: "not-allowed", color: tokens.colorNeutralForegroundDisabled },
  dropLabel: { fontWeight: tokens.fontWeightSemibold },
  dropHint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // The native input does the choosing; the drop zone is its visible, labelled face.
  hiddenInput: { display: "none" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** A file chosen twice (the same file dropped again) is merged once. */
const fileKey = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

export function MergePanel({ host }: { readonly host: PaneHost }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const { state, start, cancel, busy } = useMergeRun(host);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const disabled = busy;

  const add = (list: FileList | null) => {
    // A FileList is live: the input's reset below empties it before React runs the updater, so the
    // files are copied out now.
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    setFiles((old) => {
      const seen = new Set(old.map(fileKey));
      const added = chosen.filter((f) => !seen.has(fileKey(f)) && (seen.add(fileKey(f)), true));
      return [...old, ...added];
    });
  };

  const open = () => {
    if (!disabled) input.current?.click();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open();
    }
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? "none" : "copy";
    if (!disabled) setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) add(e.dataTransfer.files);
  };

  const bytes = files.reduce((a, f) => a + f.size, 0);
  return (
    <section className={styles.panel}>
      <h2 className={styles.heading}>{t.merge.heading}</h2>
      <p className={styles.intro}>{t.merge.intro}</p>
      <p className={styles.privacy}>{t.merge.privacy}</p>
      <p className={styles.privacy}>{t.merge.feedback}</p>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="merge-input"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          add(e.target.files);
          // Choosing the same files again after "Clear" must fire change again.
          e.target.value = "";
        }}
      />
      <div
        role="button"
        tabIndex={disabled ? -1 : 0}
        aria-disabled={disabled}
        aria-describedby={hintId}
        className={mergeClasses(styles.drop, dragging && styles.dropActive, disabled && styles.dropDisabled)}
        onClick={open}
        onKeyDown={onKeyDown}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="merge-drop"
      >
        <span className={styles.dropLabel}>{t.merge.dropZone}</span>
        <span id={hintId} className={styles.dropHint}>
          {t.merge.dropZoneHint}
        </span>
      </div>
      <div className={styles.row}>
        <span data-testid="merge-chosen">
          {files.length === 0 ? t.merge.noneChosen : t.merge.chosen(number(files.length), t.merge.megabytes(number(bytes / MEBIBYTE)))}
        </span>
        {files.length > 0 && (
          <Button size="small" onClick={() => setFiles([])} disabled={busy}>
            {t.merge.clear}
          </Button>
        )}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void start(files)} disabled={disabled || files.length === 0}>
          {t.merge.start}
        </Button>
      </div>
      <MergeProgressView host={host} state={state} onCancel={cancel} testId="merge" />
    </section>
  );
}
