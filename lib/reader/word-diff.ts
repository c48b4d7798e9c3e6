import { findNumbers, findTimes, numberKey } from '@/lib/analysis/normalize';

/** A word of a version and whether any other version has it at the same place in the sentence. */
export interface DiffWord {
  start: number;
  end: number;
  unique: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets ("Russia’s", "100,000" and "U.S" are one word each). */
export function wordRanges(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** Words compare without case and with straight and curly apostrophes alike: those differences are form, not wording. */
export function normalise(word: string): string {
  return word.toLowerCase().replaceAll('’', "'");
}

type KeyedWord = { start: number; end: number; key: string };

/**
 * Times and figures, each one word keyed by what it means: "in the last day" and "in the past 24
 * hours", or 100,000 and 100k, say the same in another form and are no difference in wording.
 */
function meanings(text: string): KeyedWord[] {
  const found: KeyedWord[] = findTimes(text).map((time) => ({ start: time.start, end: time.end, key: `time:${time.key}` }));
  for (const number of findNumbers(text)) {
    if (!found.some((other) => number.start < other.end && other.start < number.end)) found.push({ start: number.start, end: number.end, key: numberKey(number.value) });
  }
  return found;
}

function words(text: string): KeyedWord[] {
  const kept = meanings(text);
  const inside = (word: { start: number; end: number }) => kept.some((span) => word.start < span.end && span.start < word.end);
  const plain = wordRanges(text)
    .filter((word) => !inside(word))
    .map((word) => ({ start: word.start, end: word.end, key: normalise(word.text) }));
  return [...plain, ...kept].sort((a, b) => a.start - b.start);
}

/** Beyond this many word pairs the alignment table would be too big: fall back to "appears anywhere in b". */
const MAX_TABLE = 250_000;

/** Which words of `a` are part of a longest common subsequence with `b`. */
function matchedInLcs(a: readonly string[], b: readonly string[]): boolean[] {
  if (a.length * b.length > MAX_TABLE) {
    const seen = new Set(b);
    return a.map((word) => seen.has(word));
  }
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const matched = new Array<boolean>(a.length).fill(false);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      matched[i] = true;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return matched;
}

/**
 * Word-level differences between versions of one claim: for each version, its words, each marked
 * unique when it lines up with no word of any other version (a longest-common-subsequence alignment
 * per pair, so reordered or inserted words stand out, not just unseen ones).
 */
export function compareVersions(versions: readonly string[]): DiffWord[][] {
  const tokenised = versions.map(words);
  return tokenised.map((own, index) => {
    const shared = new Array<boolean>(own.length).fill(false);
    tokenised.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      matchedInLcs(
        own.map((word) => word.key),
        other.map((word) => word.key),
      ).forEach((matched, i) => {
        if (matched) shared[i] = true;
      });
    });
    return own.map((word, i) => ({ start: word.start, end: word.end, unique: versions.length > 1 && !shared[i] }));
  });
}

/** The unique words of a version as ranges, neighbouring words joined with the space between them. */
export function uniqueRanges(diff: readonly DiffWord[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  diff.forEach((word, i) => {
    if (!word.unique) return;
    const previous = ranges.at(-1);
    if (previous && i > 0 && diff[i - 1]!.unique) previous.end = word.end;
    else ranges.push({ start: word.start, end: word.end });
  });
  return ranges;
}
