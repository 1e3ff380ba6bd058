import { NS_MAIN, XML_HEAD } from "./namespaces";
import { escapeXml as esc } from "./styles";
import { cutToCell } from "../../core/limits";

/** The shared-strings part: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  get(text: string): number {
    // Excel refuses a file with a longer cell; the plan's own writers cut with a mark before this.
    const s = cutToCell(text);
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  toXml(): string {
    const si = this.list.map((s) => `<si><t xml:space="preserve">${escText(s)}</t></si>`).join("");
    return XML_HEAD + `<sst xmlns="${NS_MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${si}</sst>`;
  }
}

/**
 * XML text, with the control characters XML 1.0 cannot hold written as Excel's _xHHHH_ escapes, and
 * a literal "_x0041_" kept literal by escaping its underscore ("_x005F_x0041_").
 */
export function escText(s: string): string {
  return esc(s.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F_${m.slice(1)}`)).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}
