import places from '../lexicons/places.json';
import { STOPWORDS } from '../lexicons/stopwords';
import { CALENDAR_WORDS } from '../normalize';
import { isQuoted } from '../reading/quotations';
import { analysisOf, spanOf, type Detector, type Reading, type KeyedReading, verdictOf } from './mention-view';

/**
 * A different extent for the same fact. Seed pairs: "avoid travel to Russia" (ITV News) vs "not to
 * travel to Ukraine or Russia" (The Sun); "the families of all American personnel" vs "diplomats'
 * families". Read as the places listed together and the quantifier used: all, a part, or none.
 */
// Places after a preposition ("travel to Ukraine or Russia"), or any list of two or more names
// ("Denmark and Spain are also sending planes").
// A list inside a longer name is no list: "Food and Drug Administration", "Disease Control and Prevention".
const PLACE_LIST =
  /\b(?:to|in|from|of|for|into|across|throughout|near|at)\s+((?:[\p{Lu}][\p{L}-]+)(?:(?:,\s*|\s+(?:or|and)\s+)[\p{Lu}][\p{L}-]+)*)(?![\p{L}-]|\s+[\p{Lu}])|(?<![\p{Lu}][\p{L}-]*\s)((?:[\p{Lu}][\p{L}-]+)(?:(?:,\s*|\s+(?:or|and)\s+)[\p{Lu}][\p{L}-]+)+)(?![\p{L}-]|\s+[\p{Lu}])/gu;
const UNIVERSAL = /\b(?:all|every|entire|whole|each)\b/gi;
// "Some House Democrats" vs "House Democrats"; "certain taxes" vs "tax hikes": a part, not the whole.
// "some 200 foreigners" is an approximate figure (hedging) and "a few hours later" a time, not a part.
const PARTIAL = /\b(?:some|several|certain|many|most|few)\b(?!\s+(?:\d|(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times)\b))/gi;

/** What the scope detector compares, beside each reading. */
interface Extent {
  /** "all", "part", or "" when no quantifier is used. */
  quantifier: 'all' | 'part' | '';
  /** Stems of the words the quantifier applies to ("all American personnel", "families of all"). */
  quantified: string[];
  places: string[];
  /** Whether the quantifier is inside a quotation. */
  quoted: boolean;
  /** Each list of places as written together ("Ukraine or Russia"). */
  lists: string[][];
  /** Stems of every word (computed when a quantifier needs them: most mentions have none). */
  stems: () => Set<string>;
}

const extents = new WeakMap<Reading, Extent>();

export const scopeDetector: Detector = {
  type: 'scope',
  read(mention) {
    const places = new Set<string>();
    const lists: string[][] = [];
    const spans: [number, number][] = [];
    PLACE_LIST.lastIndex = 0;
    for (let match = PLACE_LIST.exec(mention.text); match; match = PLACE_LIST.exec(mention.text)) {
      // Only places after a preposition ("travel to Ukraine or Russia"): a bare list of capitalised words
      // was as often people or firms as places on the blind dev split ("Twitter and Facebook").
      const list = match[1];
      if (list === undefined) continue;
      const start = match.index + match[0].indexOf(list);
      const after = mention.text.slice(start + list.length, start + list.length + 20);
      const named = list.split(/,\s*|\s+(?:or|and)\s+/).filter((place, index, all) => isPlace(place, index === all.length - 1 ? after : ''));
      if (named.length === 0) continue;
      lists.push(named.map((place) => place.toLowerCase()));
      for (const place of named) places.add(place.toLowerCase());
      spans.push(spanOf(mention, start, list.length));
    }
    UNIVERSAL.lastIndex = 0;
    PARTIAL.lastIndex = 0;
    const quantifier = UNIVERSAL.exec(mention.text) ?? PARTIAL.exec(mention.text);
    // A quantifier inside quoted words is the speaker's ("“a disaster for the whole country”"): the quote
    // detector compares those words, and this one does not judge them.
    const quoted = quantifier !== null && isQuoted(analysisOf(mention).quotations, quantifier.index, quantifier.index + quantifier[0].length);
    if (quantifier) spans.push(spanOf(mention, quantifier.index, quantifier[0].length));
    let stems: Set<string> | undefined;
    const extent: Extent = {
      quantifier: !quantifier ? '' : /^(?:all|every|entire|whole|each)$/i.test(quantifier[0]) ? 'all' : 'part',
      quantified: quantifier ? quantifiedStems(mention.text, quantifier.index, quantifier.index + quantifier[0].length) : [],
      places: [...places].sort(),
      lists,
      quoted,
      stems: () => (stems ??= stemsOf(mention.text)),
    };
    const value = [quantifier?.[0], ...places].filter(Boolean).join(', ');
    const reading = { value: value || 'no stated extent', spans, key: `${extent.quantifier}|${extent.places.join(',')}` };
    extents.set(reading, extent);
    return reading;
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    return `The outlets give it a different extent: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};

// Capitalised words that name no place: times, institutions ("testified to Congress", "in February").
const NOT_PLACES = new Set([...CALENDAR_WORDS, ...places.institutions.words, ...places.honorifics.words]);

/**
 * Whether a capitalised word of a list names a place: not a time or an institution, not a name with
 * a number ("complications from Covid-19"), and not a people's adjective before a noun ("from
 * Republican lawmakers", "in American life"). `after` is the text after the word when it ends its list.
 */
function isPlace(word: string, after: string): boolean {
  if (NOT_PLACES.has(word.toLowerCase())) return false;
  if (/^-?\d/.test(after)) return false;
  return !(/(?:an|ese|ish)$/.test(word) && /^\s+\p{Ll}/u.test(after));
}

/** "Democrats" → "democrat", "Russia's" → "russia": enough to see the same word in two outlets. */
function stem(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
  if (lower.endsWith('es')) return lower.slice(0, -2);
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Stems of every word, hyphenated words also by part ("public-school" → public-school, public, school). */
function stemsOf(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    stems.add(stem(word));
    if (word.includes('-')) for (const part of word.split('-')) if (part) stems.add(stem(part));
  }
  return stems;
}

/**
 * The content words a quantifier governs: the next three within its clause ("all American personnel",
 * "every member of staff", not "in some cases, money laundering") and, in "the families of all …",
 * the head before "of".
 */
function quantifiedStems(text: string, start: number, end: number): string[] {
  const after = ((/^[^,;:.!?()]*/.exec(text.slice(end))?.[0] ?? '').match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((word) => !STOPWORDS.has(word.toLowerCase())).slice(0, 3);
  const head = /(\p{L}[\p{L}'’-]*)\s+of\s+(?:the\s+)?$/u.exec(text.slice(0, start))?.[1];
  return [...after, ...(head ? [head] : [])].map(stem);
}

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  const extentA = extents.get(a) as Extent;
  const extentB = extents.get(b) as Extent;
  // One outlet's list of places strictly inside the other's ("to Russia" / "to Ukraine or Russia"), and
  // no list the same on both sides. An outlet that names no place gives no extent to compare.
  const inside = (small: string[], large: string[]) => small.length < large.length && small.every((place) => large.includes(place));
  const same = extentA.lists.some((list) => extentB.lists.some((other) => list.length === other.length && inside(list.slice(1), other) && list.every((place) => other.includes(place))));
  const nested = !same && extentA.lists.some((list) => extentB.lists.some((other) => inside(list, other) || inside(other, list)));
  if (nested || extentA.quantifier === extentB.quantifier || extentA.quoted || extentB.quoted) return nested;
  // A quantifier counts when the other outlet speaks of the same thing: "all schools" vs "schools",
  // not "in some cases" vs a sentence without cases.
  const bears = (own: Extent, other: Extent) => own.quantifier !== '' && own.quantified.some((word) => other.stems().has(word));
  return bears(extentA, extentB) || bears(extentB, extentA);
}
