/**
 * The checks a Latvian text is held to (docs/glossary.md), as plain functions so their own test can
 * show each one catching a planted mistake. Each returns what it found wrong, empty when all is well.
 */

/** „…” only: no straight quotation marks, no English “…”, every „ closed by ”. */
export function quotes(text: string): string[] {
  const found: string[] = [];
  if (/"/.test(text)) found.push(`straight quotation mark in: ${text}`);
  if (/[“‘’]/.test(text)) found.push(`English quotation mark in: ${text}`);
  if ((text.match(/„/g) ?? []).length !== (text.match(/”/g) ?? []).length) found.push(`unpaired „…” in: ${text}`);
  return found;
}

/**
 * A decimal point between digits ("21.0 MB", "16.67"). Dates and three-part item codes have two
 * points and pass; what stands in „…” is a value as typed or a code, quoted as it is.
 */
export function decimalPoints(text: string): string[] {
  return [...unquoted(text).matchAll(/(?<![\d.])\d+\.\d+(?![\d.])/g)].map((m) => `decimal point in „${m[0]}”: ${text}`);
}

const unquoted = (text: string) => text.replace(/„[^”]*”/g, "„”");

/** The glossary's "not" column, as patterns (with where each is still right, if anywhere). */
const NOT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/veidlap/i, "veidne (veidlapa only inside the ministry's own titles)"],
  [/atgriezn/i, "saņemtā veidne"],
  [/atgriezt\S* darbgrāmat|atsūtīt\S* darbgrāmat/i, "saņemtā veidne"],
  [/atradum/i, "konstatējums"],
  [/piezīm(?!es$)/i, "konstatējums (Piezīmes is the comment column's header alone)"],
  [/pārbaudes lap/i, "lapa"],
  [/atv[eē]r\S* šūn/i, "pāriet uz šūnu / atlasīt šūnu"],
  [/izkrītoš/i, "nolaižamais saraksts"],
  [/apgabal/i, "diapazons"],
  [/izmantot\S* (veidn|fail)/i, "pieņemts"],
  [/dienest\S* skait|dienesti ar/i, "iestāžu skaits"],
  [/(?<!sociālo )pakalpojum[au] sniedzēj/i, "sociālo pakalpojumu sniedzējs"],
  [/kopvērtējum/i, "kopējais vērtējums"],
  [/neatbilstību %/i, "neatbilstības %"],
  [/vājākā prakse/i, "vājā vieta"],
  [/noklusēt/i, "noklusējuma"],
  [/Kvalitāte veidn/, "Kvalitātes veidne"],
  [/dd\.mm\.gggg/, "DD.MM.GGGG"],
  [/savienojum/i, "šī Excel versija"],
  [/apvieno/i, "apkopot (the glossary's decision)"],
];

export function notWords(text: string): string[] {
  return NOT_WORDS.filter(([pattern]) => pattern.test(text)).map(([pattern, use]) => `${pattern} — use ${use}: ${text}`);
}

/**
 * Words that may follow a count whatever it is ("5 no 21", "21,0 MB"): no noun to agree. The verbs
 * and adverbs follow a cell or an option, which the walk fills with the same "1" as a count.
 */
const AFTER_COUNT_OK = new Set(["no", "un", "vai", "ir", "līdz", "mb", "ms", "reizes", "jau", "vajag", "nav", "nepastāv", "izvēlieties"]);
const WORD = "[a-zāčēģīķļņšūž]+";

/** The words right after each count in a text, in order. */
function afterCounts(text: string, count: string): string[] {
  const escaped = count.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...text.matchAll(new RegExp(`(?<![\\d.,\\p{L}–-])${escaped}(?![\\d.,:])\\s+(${WORD})`, "giu"))].map((m) => m[1].toLowerCase());
}

/**
 * A count next to a noun without a plural rule: the same text made with a count of one kind (1, 21)
 * and of another (2) puts the same noun after both — "no 1 kodiem", "no 2 kodiem". And a participle
 * right before a count ("pieņemti 21"): the glossary wants "pieņemts: 21" or "21 fails".
 */
export function agreement(make: (count: string) => string, one = "1", other = "2"): string[] {
  const a = make(one);
  const b = make(other);
  const found: string[] = [];
  const wa = afterCounts(a, one);
  const wb = afterCounts(b, other);
  wa.forEach((w, i) => {
    if (w === wb[i] && !AFTER_COUNT_OK.has(w)) found.push(`„${w}” after both ${one} and ${other}: ${a}`);
  });
  for (const m of a.matchAll(new RegExp(`(${WORD}(?:ti|tas|tās|tie|ts|ta))\\s+${one}(?!\\d|[.,]\\d)`, "giu")))
    found.push(`participle „${m[1]}” before a count: ${a}`);
  return found;
}

/** English words outside the „…” quotations (names of files and sheets, the user's own text). */
export function englishWords(text: string, vocabulary: ReadonlySet<string>): string[] {
  return words(unquoted(text)).filter((w) => vocabulary.has(w.toLowerCase()));
}

/** The words of a text, letters of any alphabet ("Iestāde" is one word, not "Iest"). */
export const words = (text: string): string[] => [...text.matchAll(/\p{L}{3,}/gu)].map((m) => m[0]);
