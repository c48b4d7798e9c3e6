/**
 * Quotations in every style news text uses: “…”, "…", «…», „…“ and single quotes ‘…’ or '…'. A single
 * quote opens only after a space or an opening bracket and closes only before a space or punctuation, so
 * apostrophes ("don’t", "the nation’s", "’90s") are never taken for quotation marks.
 */
export interface Quotation {
  /** Where the quotation starts and ends in the text, marks included. */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  inner: string;
}

// Opening mark → the marks that may close it (straight quotes close themselves; “ also closes „ in German style).
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”"'],
  ['"', '"”'],
  ['«', '»'],
  ['„', '“”'],
  ['‘', '’\''],
  ["'", "'’"],
]);
const SINGLE = new Set(['‘', "'"]);

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const opensAfter = (char: string | undefined) => isSpace(char) || (char !== undefined && '([{—–-/'.includes(char));
const closesBefore = (char: string | undefined) => isSpace(char) || (char !== undefined && /[\p{P}]/u.test(char));

/** The quotations of a text, in order, not nested (an inner quotation is part of the outer one's words). */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    const closers = PAIRS.get(char);
    if (!closers) continue;
    if (SINGLE.has(char) && !opensAfter(text[index - 1])) continue;
    if (!SINGLE.has(char) && char === '"' && isSpace(text[index + 1]) && !opensAfter(text[index - 1])) continue;
    const end = closingOf(text, index + 1, closers, SINGLE.has(char));
    if (end === -1) continue;
    found.push({ start: index, end: end + 1, inner: text.slice(index + 1, end) });
    index = end;
  }
  return found;
}

function closingOf(text: string, from: number, closers: string, single: boolean): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index] as string;
    if (!closers.includes(char)) continue;
    if (index === from) return -1;
    // A single closing quote is an apostrophe when a letter follows ("don’t") or a space precedes it.
    if (single && (!closesBefore(text[index + 1]) || isSpace(text[index - 1]))) continue;
    return index;
  }
  return -1;
}

/** Whether [start, end) lies inside one of the quotations. */
export function isQuoted(quotations: readonly Quotation[], start: number, end: number): boolean {
  return quotations.some((quotation) => quotation.start < start + 1 && end - 1 < quotation.end);
}
