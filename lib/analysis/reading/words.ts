import type { Token } from '../tokens';

/**
 * Words as a reader counts them, read on tokens: wink splits "so-called", "six-week" and "children's"
 * into several tokens, and a word joins them back — tokens written together, linked by a hyphen or
 * an apostrophe. Punctuation and signs are no words; a figure is ("1.8", "14,000").
 */
export interface Word {
  start: number;
  end: number;
  /** As written, and lower case. */
  value: string;
  lower: string;
  /** Indices of its first and last token. */
  first: number;
  last: number;
}

const JOINERS = new Set(['-', "'", '’']);
const startsWithLetterOrDigit = (value: string | undefined) => value !== undefined && /^[\p{L}\p{N}]/u.test(value);

/** The words of a run of tokens, in order. */
export function readWords(tokens: readonly Token[], text: string, base = 0): Word[] {
  const words: Word[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!startsWithLetterOrDigit(tokens[index]?.value)) continue;
    const first = index;
    while (index + 1 < tokens.length) {
      const next = tokens[index + 1] as Token;
      const after = tokens[index + 2];
      const gapless = next.start === (tokens[index] as Token).end;
      // "children's", "don't": a token that starts with an apostrophe and goes on in letters.
      if (gapless && JOINERS.has(next.value[0] as string) && next.value.length > 1 && startsWithLetterOrDigit(next.value.slice(1))) index++;
      // "so-called": a joiner between two tokens written together.
      else if (gapless && JOINERS.has(next.value) && after !== undefined && after.start === next.end && startsWithLetterOrDigit(after.value)) index += 2;
      else break;
    }
    const [start, end] = [(tokens[first] as Token).start, (tokens[index] as Token).end];
    const value = text.slice(start - base, end - base);
    words.push({ start, end, value, lower: value.toLowerCase(), first, last: index });
  }
  return words;
}

/**
 * The one stemmer of the detectors: a plural's final s ("officials" → "official", "flights" → "flight",
 * "witnesses" → "witness"), never a word's own ("class", "bus").
 */
export function singular(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Two lemmas of one word family: equal, or one the other's stem with a suffix ("precaution" /
 * "precautionary", seed story), the stem at least five letters so that short words do not match by chance.
 */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 5 && longer.startsWith(shorter);
}

/** Lower-case words only: the form-insensitive comparison key of a phrase. */
export function wordsOf(text: string): string {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Begins with a capital: "Food", "McDonald". */
export const isCapitalised = (word: Pick<Word, 'value'>) => /^\p{Lu}/u.test(word.value);
/** A figure: "1.8", "14,000". */
export const isFigure = (word: Word) => /^\p{N}/u.test(word.value);
/** Letters and hyphens only: "six-week", not "Biden's" or "5G". */
export const isLetters = (word: Word) => /^[\p{L}-]+$/u.test(word.value);

/** A single letter: an initial ("Janet L. Yellen") or what is left of a possessive ("'s"). */
export function isInitial(word: string): boolean {
  return /^\p{L}$/u.test(word);
}

/** The lower-case words of tokens, abbreviations closed up: "U.S." → "us", "Sen." → "sen", "Biden's" → "biden", "s". */
export function plainWords(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token) => wordsOf(token.value.replaceAll('.', '')).split(' ')).filter(Boolean);
}
