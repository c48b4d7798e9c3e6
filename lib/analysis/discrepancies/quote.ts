import { STOPWORDS } from '../lexicons/stopwords';
import { analysisOf, spanOf, type Detector, type Reading } from './mention-view';

/**
 * Quoted words that differ: the same passage quoted with other words ("a dangerous thing" / "a very
 * dangerous thing"). Quoting a different excerpt of the same statement, or less of it, is no difference:
 * outlets choose what to quote. (Whether an outlet paraphrases what another quotes is not read: on the
 * blind dev split, the same words given unquoted were mostly an outlet's own summary, not a paraphrase.) Seed pair:
 * “The British Embassy remains open and will continue to carry out essential work.” (The Sun) vs … will
 * continue to carry out "essential work" (ITV News). Quotation style never differs.
 */
interface QuoteReading extends Reading {
  /** Each quotation's words, cut at an ellipsis ("…" marks words left out, not changed). */
  passages: readonly (readonly string[])[];
}

// Quotations shorter than this are phrases, compared as such.
const MIN_PASSAGE_WORDS = 4;
// Words changed inside a passage: at most this many on either side between two common runs.
const MAX_CHANGE = 3;

export const quoteDetector: Detector<QuoteReading> = {
  type: 'quote',
  read(mention) {
    const { quotations } = analysisOf(mention);
    const quoted = quotations.filter((quotation) => !quotation.title);
    if (quoted.length === 0) return null;
    return {
      value: quoted.map((quotation) => quotation.inner).join(' … '),
      spans: quoted.map((quotation) => spanOf(mention, quotation.start, quotation.end - quotation.start)),
      passages: quoted.flatMap((quotation) => quotation.passages),
    };
  },
  compare(a, b) {
    for (const left of a.passages) for (const right of b.passages) if (altered(left, right)) return 'differ';
    return 'same';
  },
  explain(readings) {
    return `The outlets quote the same words differently: ${readings.map(({ outlet, reading }) => `${outlet} “${reading.value}”`).join('; ')}.`;
  },
};

/**
 * The same passage with other words inside it: between two common runs of two or more words, a few words
 * (at most MAX_CHANGE on each side, one a content word) that only one outlet has. Words before or after
 * the common stretch are a longer or shorter excerpt, not a change.
 */
function altered(a: readonly string[], b: readonly string[]): boolean {
  // Two short quotations in one claim that share a word are one phrase quoted two ways: “very significant
  // risk” / “significant risk”, “respond appropriately” / “respond harshly”, “dramatise” / “over-dramatise”.
  if (a.length < MIN_PASSAGE_WORDS && b.length < MIN_PASSAGE_WORDS) {
    return a.some((word) => b.includes(word)) && (a.some((word) => !b.includes(word)) || b.some((word) => !a.includes(word)));
  }
  const pairs = commonSubsequence(a, b);
  if (pairs.length < MIN_PASSAGE_WORDS) return false;
  const runLength = (from: number, step: 1 | -1) => {
    let length = 1;
    for (let k = from; pairs[k + step] && (pairs[k + step] as [number, number])[0] === (pairs[k] as [number, number])[0] + step && (pairs[k + step] as [number, number])[1] === (pairs[k] as [number, number])[1] + step; k += step) length++;
    return length;
  };
  for (let k = 0; k + 1 < pairs.length; k++) {
    const [i1, j1] = pairs[k] as [number, number];
    const [i2, j2] = pairs[k + 1] as [number, number];
    const [gapA, gapB] = [a.slice(i1 + 1, i2), b.slice(j1 + 1, j2)];
    if (gapA.length + gapB.length === 0 || gapA.length > MAX_CHANGE || gapB.length > MAX_CHANGE) continue;
    // A lone shared word anchors a change only at both passages' edge (“for the country” / “for the whole
    // country”): “According to the indictment, the Hunters knew …” against “The Hunters knew …” shares
    // "the" early on by chance (BASIL 2018 dev story).
    const [before, after] = [runLength(k, -1), runLength(k + 1, 1)];
    const startsBoth = i1 - before + 1 === 0 && j1 - before + 1 === 0;
    const endsBoth = i2 + after === a.length && j2 + after === b.length;
    if ((before < 2 && !startsBoth) || (after < 2 && !endsBoth)) continue;
    if ([...gapA, ...gapB].some((word) => !STOPWORDS.has(word))) return true;
  }
  return false;
}

/** Index pairs of a longest common subsequence of two word lists. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      (table[i] as Uint16Array)[j] = a[i] === b[j] ? ((table[i + 1] as Uint16Array)[j + 1] as number) + 1 : Math.max((table[i + 1] as Uint16Array)[j] as number, (table[i] as Uint16Array)[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (((table[i + 1] as Uint16Array)[j] as number) >= ((table[i] as Uint16Array)[j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}
