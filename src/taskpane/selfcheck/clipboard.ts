/**
 * Copies text for the user. The Clipboard API first; Office's older webviews (Internet Explorer,
 * the first Edge) lack it or refuse it outside a secure gesture, so then the text is selected in a
 * textarea and `execCommand("copy")` is tried; if that fails too the caller leaves it selected for
 * Ctrl+C.
 */
export async function copyText(text: string, fallback: () => HTMLTextAreaElement | null): Promise<"copied" | "selected"> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // Refused (no permission, not focused): fall through to the selection.
  }
  const area = fallback();
  if (!area) return "selected";
  area.value = text;
  area.focus();
  area.select();
  try {
    return document.execCommand("copy") ? "copied" : "selected";
  } catch {
    return "selected";
  }
}
