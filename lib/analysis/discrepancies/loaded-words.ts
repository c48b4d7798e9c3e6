import clauses from '../lexicons/clauses.json';
import lexicon from '../lexicons/loaded-words.json';
import { isQuoted } from '../reading/quotations';
import { isFigure, type Word } from '../reading/words';
import type { Token } from '../tokens';
import { analysisOf, spanOf, verdictOf, type Detector, type KeyedReading } from './mention-view';

/**
 * Framing by an evaluative word, the loaded language media-literacy courses teach to spot: one outlet
 * charges what both name. Real AllSides pairs: "allegations of excessive force" vs "their use of
 * force"; "a sweeping voting rights bill" vs "a sprawling voting rights bill"; "A controversial Texas
 * law" vs "A Texas law". Its words are in lexicons/loaded-words.json, read on the shared words of the
 * mention. (framing.ts compares the words chosen for the thing itself.)
 */
const LOADED = new Set(lexicon.loaded.words);
const DISTANCING = new Set(lexicon.distancing.words);
// Words between a loaded word and what it describes ("a restrictive new voting law", "a sweeping
// $1.8 trillion package").
const PASSED_OVER = new Set(lexicon.passedOver.words);
const AMOUNTS = new Set(lexicon.amounts.words);
// Words that end the description ("a Texas law that bans …" describes "Texas law").
const FUNCTION_WORDS = new Set(lexicon.functionWords.words);
const COMPLEMENTS = new Set(lexicon.complements.words);
const BOUNDARIES = new Set(clauses.boundaries.punctuation);

interface LoadedKey {
  /** [the words described, the loaded word]: "controversial Texas law" → ["texas law", "controversial"]. */
  loaded: [string, string][];
  /** The mention's words, lower case, space-separated with a space at each end (for phrase lookups). */
  text: string;
  /** The words of each of its quotations, in the same form. */
  quoted: string[];
}

export const loadedWordsDetector: Detector = {
  type: 'framing',
  read(mention) {
    const { words, tokens, quotations } = analysisOf(mention);
    const lower = words.map((word) => word.lower);
    const loaded: LoadedKey['loaded'] = [];
    const found: string[] = [];
    const spans: [number, number][] = [];
    words.forEach((word, index) => {
      // A loaded word inside a quotation is the speaker's ("the report is “baseless”"), not the outlet's.
      if (!LOADED.has(word.lower) || isQuoted(quotations, word.start, word.end)) return;
      let first = index + 1;
      while (first < words.length && (PASSED_OVER.has(lower[first] as string) || isAmount(words[first] as Word))) first++;
      if (first >= words.length || FUNCTION_WORDS.has(lower[first] as string)) return;
      // It describes the next words only within one phrase ("How ridiculous, we're …" describes nothing).
      if (boundaryBetween(words, tokens, index, first)) return;
      // What it describes: the next word, and the one after it unless that ends the phrase.
      const last = first + 1 < words.length && !FUNCTION_WORDS.has(lower[first + 1] as string) ? first + 1 : first;
      loaded.push([lower.slice(first, last + 1).join(' '), word.lower]);
      // Shown with what it is of: "excessive use of force", not "excessive use".
      const shown = COMPLEMENTS.has(lower[last + 1] as string) && last + 2 < words.length && !FUNCTION_WORDS.has(lower[last + 2] as string) ? last + 2 : last;
      let end = (words[shown] as Word).end;
      // California's controversial “assault weapons” ban: keep the quotation whole.
      end = quotations.find((quotation) => quotation.start >= word.start && quotation.start < end && quotation.end === end + 1)?.end ?? end;
      found.push(mention.text.slice(word.start, end));
      spans.push(spanOf(mention, word.start, end - word.start));
    });
    const quoted = quotations.map((quotation) => ` ${words.filter((word) => word.start >= quotation.start && word.end <= quotation.end).map((word) => word.lower).join(' ')} `);
    const key: LoadedKey = { loaded, text: ` ${lower.join(' ')} `, quoted };
    return { value: found.length > 0 ? found.join(', ') : 'no loaded word', spans, key: JSON.stringify(key) };
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    return `One outlet charges what the other names plainly: ${readings
      .map(({ outlet, reading }) => (reading.spans.length === 0 ? `${outlet} uses no loaded word` : `${outlet} writes “${reading.value}”`))
      .join('; ')}.`;
  },
};

/** A figure or a scale word of an amount: "$1.8 trillion". */
const isAmount = (word: Word) => isFigure(word) || AMOUNTS.has(word.lower);

/** Whether punctuation that ends a phrase stands between the words `from` and `to` (not inside a word). */
function boundaryBetween(words: readonly Word[], tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const gap = tokens.slice((words[index] as Word).last + 1, (words[index + 1] as Word).first);
    if (gap.some((token) => BOUNDARIES.has(token.value))) return true;
  }
  return false;
}

// A claim told by many outlets compares each reading with every other: parse each key once.
const parsed = new WeakMap<KeyedReading, LoadedKey>();
function keyOf(reading: KeyedReading): LoadedKey {
  let key = parsed.get(reading);
  if (!key) parsed.set(reading, (key = JSON.parse(reading.key) as LoadedKey));
  return key;
}

/** `a` describes something `b` also names with a loaded word `b` does not use. */
function chargesAlone(a: LoadedKey, b: LoadedKey): boolean {
  // "the so-called marriage penalty" / "the “marriage penalty”": quotation marks distance as "so-called" does.
  const distancedToo = (described: string, word: string) => DISTANCING.has(word) && b.quoted.some((quotation) => quotation.includes(` ${described} `));
  return a.loaded.some(([described, word]) => b.text.includes(` ${described} `) && !b.text.includes(` ${word} `) && !distancedToo(described, word));
}

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  const [mine, theirs] = [keyOf(a), keyOf(b)];
  return chargesAlone(mine, theirs) || chargesAlone(theirs, mine);
}
