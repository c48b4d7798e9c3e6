import { spanOf, type Detector } from './mention-view';

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

export const scopeDetector: Detector = {
  type: 'scope',
  read(mention) {
    const places = new Set<string>();
    const spans: [number, number][] = [];
    PLACE_LIST.lastIndex = 0;
    for (let match = PLACE_LIST.exec(mention.text); match; match = PLACE_LIST.exec(mention.text)) {
      const list = (match[1] ?? match[2]) as string;
      for (const place of list.split(/,\s*|\s+(?:or|and)\s+/)) places.add(place.toLowerCase());
      spans.push(spanOf(mention, match.index + match[0].indexOf(list), list.length));
    }
    UNIVERSAL.lastIndex = 0;
    PARTIAL.lastIndex = 0;
    const quantifier = UNIVERSAL.exec(mention.text) ?? PARTIAL.exec(mention.text);
    if (quantifier) spans.push(spanOf(mention, quantifier.index, quantifier[0].length));
    const extent = !quantifier ? '' : /^(?:all|every|entire|whole|each)$/i.test(quantifier[0]) ? 'all' : 'part';
    const value = [quantifier?.[0], ...places].filter(Boolean).join(', ');
    return { value: value || 'no stated extent', spans, key: `${extent}|${[...places].sort().join(',')}` };
  },
  differ(a, b) {
    const [allA, placesA = ''] = a.key.split('|');
    const [allB, placesB = ''] = b.key.split('|');
    const setA = new Set(placesA.split(',').filter(Boolean));
    const setB = new Set(placesB.split(',').filter(Boolean));
    // One list strictly contains the other: the same fact, a wider extent ("Denmark" / "Denmark and
    // Spain" counts, the lone name being read from the other side's list).
    const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
    const nested = small.size < large.size && large.size >= 2 && [...small].every((place) => large.has(place));
    return nested || allA !== allB;
  },
  explain(readings) {
    return `The outlets give it a different extent: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};
