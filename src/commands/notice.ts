import type { HostProblemKind, SkippedSheet } from "../host/types";
import { skippedTexts } from "../taskpane/i18n/skipped";
import { en } from "../taskpane/i18n/en";
import { lv } from "../taskpane/i18n/lv";
import type { Language, Strings } from "../taskpane/i18n/types";

/**
 * What a ribbon command has to tell the user. The commands run in the function file, with no UI of
 * their own, and the manifest declares no shared runtime (so no `Office.addin.showAsTaskpane()`);
 * what they say is shown in a small Office dialog (DialogApi 1.1, every Excel the manifest admits):
 * the function file opens itself, commands.html, with the notice in its query, and that page shows
 * the text and a button that closes it. Where no dialog can open, the console is all there is.
 */
export type Notice =
  | { readonly kind: "failed" }
  | { readonly kind: "problem"; readonly problem: HostProblemKind }
  | { readonly kind: "noForms" }
  | { readonly kind: "clean" }
  | { readonly kind: "skipped"; readonly skipped: readonly SkippedSheet[] }
  | { readonly kind: "unmarked"; readonly sheets: readonly string[] };

export type { Language };

const PARAM = "kv-notice";

export function noticeText(notice: Notice, t: Strings): string {
  switch (notice.kind) {
    case "failed":
      return t.ribbon.failed;
    case "problem":
      return t.error.problems[notice.problem] ?? t.ribbon.failed;
    case "noForms":
      return t.ribbon.noForms;
    case "clean":
      return t.ribbon.clean;
    case "skipped":
      return skippedTexts(notice.skipped, t).join(" ");
    case "unmarked":
      return t.validate.unmarked(notice.sheets.join(", "));
  }
}

/** The dialog's address: this page with the notice and the language in its query. */
export function noticeUrl(page: string, notice: Notice, language: Language): string {
  const url = new URL(page);
  url.search = "";
  url.hash = "";
  url.searchParams.set(PARAM, JSON.stringify(notice));
  url.searchParams.set("lang", language);
  return url.toString();
}

/** The notice a page was opened to show, if it was. */
export function noticeFrom(search: string): { notice: Notice; language: Language } | undefined {
  const params = new URLSearchParams(search);
  const raw = params.get(PARAM);
  if (!raw) return undefined;
  try {
    const notice = JSON.parse(raw) as Notice;
    if (typeof notice?.kind !== "string") return undefined;
    return { notice, language: params.get("lang") === "en" ? "en" : "lv" };
  } catch {
    return undefined;
  }
}

/** Fills the dialog page: the text, and a button that asks the function file to close it. */
export function renderNotice(doc: Document, shown: { notice: Notice; language: Language }, close: () => void): void {
  const t = shown.language === "en" ? en : lv;
  doc.documentElement.lang = shown.language;
  doc.title = t.appTitle;
  // The dialog follows the system's light or dark look (Office gives a dialog no theme of its own).
  doc.documentElement.style.colorScheme = "light dark";
  const body = doc.body;
  body.style.fontFamily = "Segoe UI, system-ui, sans-serif";
  body.style.margin = "16px";
  const heading = doc.createElement("h1");
  heading.textContent = t.appTitle;
  heading.style.fontSize = "1.1em";
  heading.style.margin = "0 0 8px";
  const text = doc.createElement("p");
  text.setAttribute("role", "alert");
  text.textContent = noticeText(shown.notice, t);
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = t.ribbon.close;
  button.addEventListener("click", close);
  const main = doc.createElement("main");
  main.append(heading, text, button);
  body.replaceChildren(main);
  button.focus();
}

/**
 * Opens the notice in a dialog and resolves when the user closes it (its button or the dialog's ×),
 * or at once when no dialog can open — the ribbon waits for the command until then.
 */
export function showNotice(office: typeof Office, page: string, notice: Notice, language: Language): Promise<void> {
  return new Promise((resolve) => {
    const ui = office.context?.ui;
    if (!ui?.displayDialogAsync || !office.context.requirements?.isSetSupported("DialogApi", "1.1")) return resolve();
    ui.displayDialogAsync(noticeUrl(page, notice, language), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
