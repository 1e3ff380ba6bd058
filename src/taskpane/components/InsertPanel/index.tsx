import { useCallback, useMemo, useState, type FormEvent } from "react";
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { families, findTemplate } from "../../../core/catalog";
import { DATE_SERIAL_MAX, DATE_SERIAL_MIN, YEAR_MAX, YEAR_MIN } from "../../../core/limits";
import { isYear, parseLatvianDate } from "../../../core/validation/validate";
import type { HostAdapter, InsertRequest } from "../../../host/types";
import { useI18n } from "../../i18n";
import { useTask } from "../../useTask";
import { ErrorNotice } from "../ErrorNotice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  // A native select is as wide as its longest option (the seeds' titles are long); the pane is not.
  selectRoot: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  source: { color: tokens.colorNeutralForeground2 },
});

/** "" → undefined; otherwise the date's serial, or NaN when it is no date a form may have (as `--datums`). */
function parseDatums(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const serial = parseLatvianDate(trimmed);
  return serial !== undefined && serial >= DATE_SERIAL_MIN && serial <= DATE_SERIAL_MAX ? serial : Number.NaN;
}

/** "" → undefined (fill it in on the sheet later); otherwise the typed year, or NaN when it is not one. */
function parsePeriods(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === "" ? undefined : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function InsertPanel({ host }: { readonly host: HostAdapter }) {
  const { t, year, title: titleOf } = useI18n();
  const styles = useStyles();
  const [templateId, setTemplateId] = useState(families[0].templates[0].id);
  const [iestade, setIestade] = useState("");
  const [periodsText, setPeriodsText] = useState("");
  const [vertetajs, setVertetajs] = useState("");
  const [datumsText, setDatumsText] = useState("");
  const [demo, setDemo] = useState(false);
  const [triedSubmit, setTriedSubmit] = useState(false);

  const insert = useCallback((request: InsertRequest) => host.insertTemplate(request), [host]);
  const { state, start } = useTask(insert);

  const template = useMemo(() => findTemplate(templateId), [templateId]);
  const periods = parsePeriods(periodsText);
  const periodsValid = periods === undefined || isYear(periods);
  const datums = parseDatums(datumsText);
  const datumsValid = datums === undefined || !Number.isNaN(datums);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTriedSubmit(true);
    if (!periodsValid || !datumsValid) return;
    const optional = (s: string) => (s.trim() === "" ? undefined : s.trim());
    void start({ templateId, demo, iestade: optional(iestade), periods, vertetajs: optional(vertetajs), ...(datums === undefined ? {} : { datums }) });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <h2 className={styles.heading}>{t.insert.heading}</h2>
      <p className={styles.intro}>{t.insert.intro}</p>
      <Field label={t.insert.templateLabel} hint={t.insert.templateHint}>
        <Select
          className={styles.selectRoot}
          select={{ className: styles.select }}
          value={templateId}
          onChange={(_, d) => setTemplateId(d.value)}
          data-testid="template"
        >
          {families.map((family) => (
            <optgroup key={family.id} label={titleOf(family)}>
              {family.templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {titleOf(tpl)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {template && (
        <Caption1 className={styles.source}>{t.insert.sourceLine(template.source.title, year(template.source.year), template.source.publisher)}</Caption1>
      )}
      <Field label={t.insert.iestadeLabel} hint={t.insert.iestadeHint}>
        <Input value={iestade} onChange={(_, d) => setIestade(d.value)} data-testid="iestade" />
      </Field>
      <Field
        label={t.insert.periodsLabel}
        hint={t.insert.periodsHint}
        validationState={triedSubmit && !periodsValid ? "error" : "none"}
        validationMessage={triedSubmit && !periodsValid ? t.insert.periodsInvalid(year(YEAR_MIN), year(YEAR_MAX)) : undefined}
      >
        <Input inputMode="numeric" value={periodsText} onChange={(_, d) => setPeriodsText(d.value)} data-testid="periods" />
      </Field>
      <Field label={t.insert.vertetajsLabel}>
        <Input value={vertetajs} onChange={(_, d) => setVertetajs(d.value)} data-testid="vertetajs" />
      </Field>
      <Field
        label={t.insert.datumsLabel}
        hint={t.insert.datumsHint}
        validationState={triedSubmit && !datumsValid ? "error" : "none"}
        validationMessage={triedSubmit && !datumsValid ? t.insert.datumsInvalid : undefined}
      >
        <Input value={datumsText} onChange={(_, d) => setDatumsText(d.value)} placeholder={t.insert.datumsPlaceholder} data-testid="datums" />
      </Field>
      <Field label={t.insert.dataLabel} hint={t.insert.dataDemoHint}>
        <RadioGroup value={demo ? "demo" : "blank"} onChange={(_, d) => setDemo(d.value === "demo")}>
          <Radio value="blank" label={t.insert.dataBlank} />
          <Radio value="demo" label={t.insert.dataDemo} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.status === "busy"}>
          {t.insert.submit}
        </Button>
        {state.status === "busy" && <Spinner size="tiny" label={t.insert.busy} />}
      </div>
      <div aria-live="polite">
        {state.status === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{t.insert.done(state.result.sheet)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.status === "failed" && <ErrorNotice summary={t.insert.failed} error={state.error} />}
    </form>
  );
}
