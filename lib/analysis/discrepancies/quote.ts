import { isTitle, spanOf, wordsOf, type Detector } from './mention-view';

/**
 * Quoted words that differ between outlets, or a quotation cut short. Seed pair: “The British
 * Embassy remains open and will continue to carry out essential work.” (The Sun) vs … will continue
 * to carry out "essential work" (ITV News, which quotes only two words). Straight and curly quotes
 * are the same mark, so quotation style alone never differs.
 */
const QUOTED = /["“”]([^"“”]{3,})["“”]/gu;

export const quoteDetector: Detector = {
  type: 'quote',
  read(mention) {
    const quotes: string[] = [];
    const spans: [number, number][] = [];
    QUOTED.lastIndex = 0;
    for (let match = QUOTED.exec(mention.text); match; match = QUOTED.exec(mention.text)) {
      if (isTitle(match[1] as string)) continue;
      quotes.push(match[1] as string);
      spans.push(spanOf(mention, match.index + 1, (match[1] as string).length));
    }
    return quotes.length > 0 ? { value: quotes.join(' … '), spans, key: wordsOf(quotes.join(' ')) } : null;
  },
  differ(a, b) {
    return a.key !== b.key;
  },
  explain(readings) {
    const [shortest] = [...readings].sort((x, y) => x.reading.key.length - y.reading.key.length);
    const truncated = shortest && readings.every(({ reading }) => reading.key.includes(shortest.reading.key));
    return truncated
      ? `${shortest.outlet} quotes only part of what the others quote: ${readings.map(({ outlet, reading }) => `${outlet} “${reading.value}”`).join('; ')}.`
      : `The outlets quote different words: ${readings.map(({ outlet, reading }) => `${outlet} “${reading.value}”`).join('; ')}.`;
  },
};
