/**
 * Pull and push readers for the SpreadsheetML parts we read. Returned workbooks come from Excel,
 * LibreOffice, our own writer and people who edit XML by hand, so the tokens are XML's own: any
 * namespace prefix, attribute values in either quote holding `>` or `/`, self-closing elements,
 * CDATA sections, comments, processing instructions, and the predefined and numeric entities. A
 * DOCTYPE is skipped and its entities are never expanded (an external or recursive entity stays
 * inert text). No DOM: a thousand files must stream through with flat memory.
 */

export interface XmlTag {
  /** Local name, prefix dropped ("x:c" → "c"). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
}

export type XmlEvent = { readonly open: XmlTag } | { readonly close: string } | { readonly text: string };

const TOKEN_SOURCE = String.raw`<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE\b[^[>]*(?:\[[\s\S]*?\]\s*)?>|<![A-Z][^>[]*>|([^<]+)`;
const TOKEN = new RegExp(TOKEN_SOURCE, "g");
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
      const tag = { name: local(m[2]), attrs: attrsOf(m[3]), selfClosing: m[4] === "/" };
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

/** Receives the tokens of a pushed stream. Names are local (prefix dropped); text is decoded. */
export interface XmlHandler {
  open(name: string, rawAttrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** A run of character data; one text node may arrive in several runs. */
  text(text: string): void;
  /**
   * Whether character data here is wanted at all: what is not (formula text a merge never uses, the
   * whitespace between elements) is neither decoded nor handed over. Wanted everywhere when left out.
   */
  wantsText?(): boolean;
}

export class XmlError extends Error {}

const STICKY = new RegExp(TOKEN_SOURCE, "y");

/**
 * Tokenises XML pushed in pieces (as it inflates), keeping only an unfinished token between pushes.
 * A token that never completes, or longer than `maxToken` characters, is malformed XML.
 */
export class XmlStream {
  private rest = "";
  private consumed = 0;

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxToken = 4 * 1024 * 1024,
    /** Polled between tokens: true once the handler has all it wants. */
    private readonly done: () => boolean = () => false,
  ) {}

  push(chunk: string, final = false): void {
    const buf = this.rest ? this.rest + chunk : chunk;
    const h = this.handler;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      if (this.done()) return;
      if (buf.charCodeAt(pos) !== 60 /* < */) {
        // Character data runs to the next tag; at the end of a piece it may go on in the next.
        let end = buf.indexOf("<", pos);
        if (end < 0) {
          if (!final) {
            end = n;
            const amp = buf.lastIndexOf("&");
            if (amp >= pos && buf.indexOf(";", amp) < 0) end = amp;
            if (end > pos && (!h.wantsText || h.wantsText())) h.text(decodeEntities(buf.slice(pos, end)));
            pos = end;
            break;
          }
          end = n;
        }
        if (!h.wantsText || h.wantsText()) h.text(decodeEntities(buf.slice(pos, end)));
        pos = end;
        continue;
      }
      // The common tokens by their own small patterns; anything else by the whole grammar.
      const next = buf.charCodeAt(pos + 1);
      const re = next === 47 /* / */ ? CLOSE : next === 33 /* ! */ || next === 63 /* ? */ ? STICKY : OPEN;
      re.lastIndex = pos;
      const m = re.exec(buf);
      if (!m) break;
      pos = re.lastIndex;
      if (re === CLOSE) h.close(local(m[1]));
      else if (re === OPEN) {
        const name = local(m[1]);
        h.open(name, m[2], m[3] === "/");
        if (m[3] === "/") h.close(name);
      } else if (m[5] !== undefined && (!h.wantsText || h.wantsText())) h.text(m[5]);
    }
    const rest = n - pos;
    if ((final && rest > 0) || rest > this.maxToken) {
      const at = this.consumed + pos;
      throw new XmlError(`@${at}: ${JSON.stringify(buf.slice(pos, pos + 40))}`);
    }
    this.rest = rest ? buf.slice(pos) : "";
    this.consumed += pos;
  }
}

const OPEN = new RegExp(String.raw`<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>`, "y");
const CLOSE = new RegExp(String.raw`<\/([A-Za-z_][\w.:-]*)\s*>`, "y");

/** The attributes of a tag, by local name, values decoded. */
export function attrsOf(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  ATTR.lastIndex = 0;
  for (let a = ATTR.exec(raw); a; a = ATTR.exec(raw)) out[local(a[1])] = decodeEntities(a[2] ?? a[3] ?? "");
  return out;
}

/** Attributes one after the other, so a name is never found inside another attribute's value. */
export const ATTR_SEQ = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** One attribute's value by its local name. */
export function attrOf(raw: string, name: string): string | undefined {
  ATTR_SEQ.lastIndex = 0;
  for (let a = ATTR_SEQ.exec(raw); a; a = ATTR_SEQ.exec(raw)) if (local(a[1]) === name) return decodeEntities(a[2] ?? a[3] ?? "");
  return undefined;
}
