import quotations from '../lexicons/quotations.json';
import { wordsOf } from './words';

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
  /** A programme, book or film named in quotation marks, not someone's words (see `isTitle`). */
  title: boolean;
  /** The quoted words, lower case, in runs cut at each ellipsis ("…" marks words left out, not changed). */
  passages: readonly (readonly string[])[];
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
    const inner = text.slice(index + 1, end);
    found.push({ start: index, end: end + 1, inner, title: isTitle(inner), passages: passagesOf(inner) });
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

const DOUBLE_MARKS = new Set(quotations.doubleMarks.marks);

/** Whether a token is a double quotation mark. */
export const isQuoteMark = (token: { value: string }) => DOUBLE_MARKS.has(token.value);

/**
 * The first double quotation mark that belongs to no quotation of the sentence: a quotation that runs over
 * several sentences opens or closes here without its other mark (“But in any event, I’m not in the
 * censorship business.).
 */
export function strayQuoteMark<T extends { value: string; start: number; end: number }>(tokens: readonly T[], quotations: readonly Quotation[]): T | undefined {
  return tokens.find((token) => isQuoteMark(token) && !isQuoted(quotations, token.start, token.end));
}

/** Whether [start, end) lies inside one of the quotations. */
export function isQuoted(quotations: readonly Quotation[], start: number, end: number): boolean {
  return quotations.some((quotation) => quotation.start < start + 1 && end - 1 < quotation.end);
}

const TITLE_SMALL_WORDS = new Set(quotations.titleSmallWords.words);
// A title is short: "This Week", "State of the Union", "Meet the Press".
const MAX_TITLE_WORDS = 6;

/**
 * A programme, book or film named in quotation marks is no quotation: Fauci said on ABC's "This Week",
 * Becerra said on CNN's "New Day." Short, every word capitalised but the small ones, and no cry ("Freedom!").
 */
function isTitle(quoted: string): boolean {
  const words = quoted.replace(/[.,]$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || /[!?]$/.test(quoted.trim())) return false;
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && TITLE_SMALL_WORDS.has(word)));
}

const ELLIPSES = quotations.ellipses.marks;

/** The quoted words in runs between ellipses, each run non-empty. */
function passagesOf(inner: string): string[][] {
  let parts = [inner];
  for (const mark of ELLIPSES) parts = parts.flatMap((part) => part.split(mark));
  return parts.map((part) => wordsOf(part).split(' ').filter(Boolean)).filter((words) => words.length > 0);
}
