import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { HostAdapter } from "../../../host/types";
import { useI18n } from "../../i18n";
import { ErrorNotice } from "../ErrorNotice";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * One button per sheet the add-in has just written, so the user lands on the improvement plan or
 * the merge's summary without hunting through the sheet tabs.
 */
export function SheetLinks({ host, sheets, testId }: { readonly host: HostAdapter; readonly sheets: readonly string[]; readonly testId: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [error, setError] = useState<unknown>(undefined);
  if (sheets.length === 0) return null;
  const open = async (sheet: string) => {
    setError(undefined);
    try {
      await host.selectCell(sheet, "A1");
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <ul className={styles.list} aria-label={t.sheets.listLabel} data-testid={testId}>
        {sheets.map((sheet) => (
          <li key={sheet}>
            <Button size="small" appearance="secondary" onClick={() => void open(sheet)}>
              {t.sheets.open(sheet)}
            </Button>
          </li>
        ))}
      </ul>
      {error !== undefined && <ErrorNotice summary={t.sheets.openFailed} error={error} />}
    </>
  );
}
