import { STOPWORDS } from '../lexicons/stopwords';
import { CALENDAR_WORDS } from '../normalize';
import { spanOf, type Detector, type Reading } from './mention-view';

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
  /** Capitalised words, lower-cased: a lone name read against the other side's list. */
  names: string[];
  /** Stems of every word (computed when a quantifier needs them: most mentions have none). */
  stems: () => Set<string>;
}

const extents = new WeakMap<Reading, Extent>();

export const scopeDetector: Detector = {
  type: 'scope',
  read(mention) {
    const places = new Set<string>();
    const spans: [number, number][] = [];
    PLACE_LIST.lastIndex = 0;
    for (let match = PLACE_LIST.exec(mention.text); match; match = PLACE_LIST.exec(mention.text)) {
      const list = (match[1] ?? match[2]) as string;
      const start = match.index + match[0].indexOf(list);
      const after = mention.text.slice(start + list.length, start + list.length + 20);
      const named = list.split(/,\s*|\s+(?:or|and)\s+/).filter((place, index, all) => isPlace(place, index === all.length - 1 ? after : ''));
      if (named.length === 0) continue;
      for (const place of named) places.add(place.toLowerCase());
      spans.push(spanOf(mention, start, list.length));
    }
    UNIVERSAL.lastIndex = 0;
    PARTIAL.lastIndex = 0;
    const quantifier = UNIVERSAL.exec(mention.text) ?? PARTIAL.exec(mention.text);
    if (quantifier) spans.push(spanOf(mention, quantifier.index, quantifier[0].length));
    let stems: Set<string> | undefined;
    const extent: Extent = {
      quantifier: !quantifier ? '' : /^(?:all|every|entire|whole|each)$/i.test(quantifier[0]) ? 'all' : 'part',
      quantified: quantifier ? quantifiedStems(mention.text, quantifier.index, quantifier.index + quantifier[0].length) : [],
      places: [...places].sort(),
      names: [...new Set((mention.text.match(/\p{Lu}[\p{L}-]+/gu) ?? []).map((name) => name.toLowerCase()))].sort(),
      stems: () => (stems ??= stemsOf(mention.text)),
    };
    const value = [quantifier?.[0], ...places].filter(Boolean).join(', ');
    const reading = { value: value || 'no stated extent', spans, key: `${extent.quantifier}|${extent.places.join(',')}` };
    extents.set(reading, extent);
    return reading;
  },
  differ(a, b) {
    const extentA = extents.get(a) as Extent;
    const extentB = extents.get(b) as Extent;
    // A lone name counts as a list of one when the other side lists it ("Denmark" / "Denmark and Spain").
    const listed = (own: Extent, other: Extent) => new Set([...own.places, ...own.names.filter((name) => other.places.includes(name))]);
    const setA = listed(extentA, extentB);
    const setB = listed(extentB, extentA);
    // One list strictly contains the other: the same fact, a wider extent. An outlet that names no
    // place at all gives no extent to compare ("Pfizer and BioNTech" vs "the drugmakers").
    const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
    const nested = small.size > 0 && small.size < large.size && [...small].every((place) => large.has(place));
    if (nested || extentA.quantifier === extentB.quantifier) return nested;
    // A quantifier counts when the other outlet speaks of the same thing: "all schools" vs "schools",
    // not "in some cases" vs a sentence without cases.
    const bears = (own: Extent, other: Extent) => own.quantifier !== '' && own.quantified.some((word) => other.stems().has(word));
    return bears(extentA, extentB) || bears(extentB, extentA);
  },
  explain(readings) {
    return `The outlets give it a different extent: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};

// Capitalised words that name no place: times, institutions ("testified to Congress", "in February").
const NOT_PLACES = new Set([
  ...CALENDAR_WORDS,
  'congress', 'senate', 'house', 'parliament', 'state', 'court', 'department', 'government', 'administration', 'committee', 'party', 'president',
]);

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

