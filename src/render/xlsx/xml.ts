/**
 * A small, fast pull reader for the SpreadsheetML parts we read. Returned workbooks come from Excel,
 * LibreOffice and our own writer; all write well-formed XML with quoted attributes, which is all
 * this needs. No DOM: a thousand files must stream through with flat memory.
 */

export interface XmlTag {
  /** Local name, prefix dropped ("x:c" → "c"). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
}

export type XmlEvent = { readonly open: XmlTag } | { readonly close: string } | { readonly text: string };

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const local = (name: string) => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

export function* xmlEvents(xml: string): Generator<XmlEvent> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2]) {
      if (m[1]) {
        yield { close: local(m[2]) };
        continue;
      }
      const attrs: Record<string, string> = {};
      if (m[3]) {
        ATTR.lastIndex = 0;
        for (let a = ATTR.exec(m[3]); a; a = ATTR.exec(m[3])) attrs[local(a[1])] = decodeEntities(a[2] ?? a[3] ?? "");
      }
      const tag = { name: local(m[2]), attrs, selfClosing: m[4] === "/" };
      yield { open: tag };
      if (tag.selfClosing) yield { close: tag.name };
    } else if (m[5] !== undefined) yield { text: m[5] };
    else if (m[6] !== undefined) yield { text: decodeEntities(m[6]) };
  }
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e] ?? whole;
  });
}

/** Excel escapes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
