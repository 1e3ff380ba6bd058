import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorNotice } from "../../src/taskpane/components/ErrorNotice";
import { I18nProvider, makeI18n, type Language } from "../../src/taskpane/i18n";
import { HostProblem } from "../../src/host/types";
import { lv } from "../../src/taskpane/i18n/lv";
import { en } from "../../src/taskpane/i18n/en";

/** What Excel refused is said in the user's words, in place of the panel's general "failed". */

const render = (language: Language, error: unknown) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider value={makeI18n(language)}>
        <ErrorNotice summary="VISPĀRĒJS" error={error} />
      </I18nProvider>
    </FluentProvider>,
  );

test.each([
  ["lv", lv],
  ["en", en],
] as const)("%s: cell-edit mode and a protected workbook are explained; any other error keeps the summary", (language, t) => {
  expect(render(language, new HostProblem("cellEdit", "x"))).toContain(t.error.problems.cellEdit);
  expect(render(language, new HostProblem("workbookProtected", "x"))).toContain(t.error.problems.workbookProtected.replace(/'/g, "&#x27;"));
  const other = render(language, new Error("offline"));
  expect(other).toContain("VISPĀRĒJS");
  expect(other).not.toContain(t.error.problems.cellEdit);
});
