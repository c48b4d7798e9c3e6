import { spanOf, type Detector, type KeyedReading, verdictOf } from './mention-view';

/**
 * One outlet negates what another asserts: "the announcement does not constitute an evacuation" vs
 * "the announcement constitutes an evacuation". The negation must bear on words both outlets use, so
 * "with no specific event believed to have occurred" (ITV News) does not contradict a sentence that
 * does not mention an event.
 */
const NEGATION = /\b(?:not|never|no longer|no|denied|denies|deny)\b|n't\b/gi;
// "… and others who did not work for his administration": a negation inside a relative clause
// describes someone; it does not deny the sentence's claim.
const RELATIVE_CLAUSE = /\b(?:who|whom|whose|which)\b[^,;.]*$/i;

/** The first negation that bears on the sentence itself, not on a relative clause inside it. */
function mainNegation(text: string): RegExpExecArray | null {
  NEGATION.lastIndex = 0;
  for (let match = NEGATION.exec(text); match; match = NEGATION.exec(text)) {
    if (!RELATIVE_CLAUSE.test(text.slice(0, match.index))) return match;
  }
  return null;
}

export const contradictionDetector: Detector = {
  type: 'contradiction',
  read(mention) {
    const match = mainNegation(mention.text);
    if (!match) {
      // "avoid travel to Russia" says the same as "not to travel to Russia": a verb that negates by
      // meaning makes the sentence no plain assertion.
      const implicit = IMPLICIT_NEGATION.test(mention.text);
      return { value: 'asserts it', spans: [], key: implicit ? '~' : `+${stems(mention.text).join(' ')}` };
    }
    // The word the negation bears on: the first content word after it ("not constitute", "no plans").
    const scope = stems(mention.text.slice(match.index + match[0].length)).slice(0, 1);
    return { value: `denies it (“${match[0]}”)`, spans: [spanOf(mention, match.index, match[0].length)], key: `-${scope.join(' ')}` };
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    const negative = readings.filter(({ reading }) => reading.key.startsWith('-')).map(({ outlet }) => outlet);
    const positive = readings.filter(({ reading }) => reading.key.startsWith('+')).map(({ outlet }) => outlet);
    return `${negative.join(' and ')} ${negative.length === 1 ? 'says' : 'say'} it is not so, while ${positive.join(' and ')} ${positive.length === 1 ? 'says' : 'say'} it is.`;
  },
};

const IMPLICIT_NEGATION = /\b(?:avoid\w*|refrain\w*|refus\w+|reject\w*|halt\w*|stop\w*|without|against|fail\w*|lack\w*|ruled? out|neither|nor)\b/i;

const SKIP = new Set(['a', 'an', 'the', 'be', 'is', 'are', 'was', 'were', 'to', 'of', 'any', 'it', 'that', 'this', 'been', 'have', 'has', 'had', 'do', 'does', 'did']);

/** Content words cut to a crude stem, so "constitute" meets "constitutes" and "ease" meets "eased". */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((word) => !SKIP.has(word))
    .map((word) => word.replace(/(?:ing|ed|es|e|s)$/, '').slice(0, 6));
}

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  const [negative, positive] = a.key.startsWith('-') ? [a, b] : [b, a];
  if (!negative.key.startsWith('-') || !positive.key.startsWith('+')) return false;
  const asserted = new Set(positive.key.slice(1).split(' '));
  return negative.key.slice(1).split(' ').some((stem) => stem.length > 0 && asserted.has(stem));
}
