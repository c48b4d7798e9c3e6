import { spanOf, type Detector } from './mention-view';

/**
 * One outlet negates what another asserts: "the announcement does not constitute an evacuation" vs
 * "the announcement constitutes an evacuation". The negation must bear on words both outlets use, so
 * "with no specific event believed to have occurred" (ITV News) does not contradict a sentence that
 * does not mention an event.
 */
const NEGATION = /\b(?:not|never|no longer|no|denied|denies|deny)\b|n't\b/iu;

export const contradictionDetector: Detector = {
  type: 'contradiction',
  read(mention) {
    const match = NEGATION.exec(mention.text);
    if (!match) return { value: 'asserts it', spans: [], key: `+${stems(mention.text).join(' ')}` };
    // The words the negation bears on: the next few after it.
    const scope = stems(mention.text.slice(match.index + match[0].length)).slice(0, 3);
    return { value: `denies it (“${match[0]}”)`, spans: [spanOf(mention, match.index, match[0].length)], key: `-${scope.join(' ')}` };
  },
  differ(a, b) {
    const [negative, positive] = a.key.startsWith('-') ? [a, b] : [b, a];
    if (!negative.key.startsWith('-') || !positive.key.startsWith('+')) return false;
    const asserted = new Set(positive.key.slice(1).split(' '));
    return negative.key.slice(1).split(' ').some((stem) => stem.length > 0 && asserted.has(stem));
  },
  explain(readings) {
    const negative = readings.filter(({ reading }) => reading.key.startsWith('-')).map(({ outlet }) => outlet);
    const positive = readings.filter(({ reading }) => reading.key.startsWith('+')).map(({ outlet }) => outlet);
    return `${negative.join(' and ')} ${negative.length === 1 ? 'says' : 'say'} it is not so, while ${positive.join(' and ')} ${positive.length === 1 ? 'says' : 'say'} it is.`;
  },
};

const SKIP = new Set(['a', 'an', 'the', 'be', 'is', 'are', 'was', 'were', 'to', 'of', 'any', 'it', 'that', 'this']);

/** Content words cut to a crude stem, so "constitute" meets "constitutes". */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !SKIP.has(word)).map((word) => word.slice(0, 6));
}
