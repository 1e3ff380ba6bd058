/**
 * One normalisation for every text that identifies or rates: a service, an assessor, an item's code,
 * a rating word. Returns are typed, pasted and exported by many programs, which leave characters a
 * person cannot see: a zero-width space or a soft hyphen inside a name, a non-breaking space from a
 * web page, letters decomposed (NFD) by a Mac's file system or a PDF. Two texts that look the same
 * are the same.
 */

/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark, and the soft hyphen. */
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** No-break space, figure space, narrow no-break space. */
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/g;

/** Printable ASCII, which no step of normalText changes: most codes and many ratings, spared the work. */
const PLAIN = /^[\x20-\x7e]*$/;

/** Composed (NFC), without zero-width characters and soft hyphens, no-break spaces as spaces. */
export function normalText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.normalize("NFC").replace(ZERO_WIDTH, "").replace(NO_BREAK_SPACE, " ");
}

/**
 * Characters that show nothing or look like a space: the ones normalText removes or replaces, and
 * those it leaves (direction marks, other format and control characters), which then keep a value
 * off the scale and must be named for a person to find them.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\u00a0\u2007\u202f\u115f\u1160\u3164]|\u034f/gu;

/** The invisible characters a text holds, each once, as "U+200B" (a tab and a line break are not counted). */
export function invisibleCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(INVISIBLE)) {
    if (m[0] === "\t" || m[0] === "\n" || m[0] === "\r") continue;
    found.add(`U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return [...found];
}
