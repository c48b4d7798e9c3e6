import { spanOf, type Detector } from './mention-view';

/**
 * A different extent for the same fact. Seed pairs: "avoid travel to Russia" (ITV News) vs "not to
 * travel to Ukraine or Russia" (The Sun); "the families of all American personnel" vs "diplomats'
 * families". Read as the places listed together and the universal quantifiers used.
 */
// Places after a preposition ("travel to Ukraine or Russia"), or any list of two or more names
// ("Denmark and Spain are also sending planes").
const PLACE_LIST =
  /\b(?:to|in|from|of|for|into|across|throughout|near|at)\s+((?:[\p{Lu}][\p{L}-]+)(?:(?:,\s*|\s+(?:or|and)\s+)[\p{Lu}][\p{L}-]+)*)|((?:[\p{Lu}][\p{L}-]+)(?:(?:,\s*|\s+(?:or|and)\s+)[\p{Lu}][\p{L}-]+)+)/gu;
const UNIVERSAL = /\b(?:all|every|entire|whole|each)\b/giu;

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
    const universal = UNIVERSAL.exec(mention.text);
    if (universal) spans.push(spanOf(mention, universal.index, universal[0].length));
    const value = [universal?.[0], ...places].filter(Boolean).join(', ');
    return { value: value || 'no stated extent', spans, key: `${universal ? 'all' : ''}|${[...places].sort().join(',')}` };
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
