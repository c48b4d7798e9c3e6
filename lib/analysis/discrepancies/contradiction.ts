import type { PolarityReading } from '../reading/polarity';
import { analysisOf, spanOf, type Detector, type Reading, type Verdict } from './mention-view';

/**
 * One outlet denies what another asserts: "the announcement does not constitute an evacuation" vs "the
 * announcement constitutes an evacuation"; "The company denied the report" vs "… confirmed the report".
 * Read from the shared polarity reading of each mention (reading/polarity.ts): the same main predicate,
 * with the same subject and object, asserted by one outlet and denied by the other. A negation in another
 * clause, a quoted speaker's negation, or a different predicate or argument leaves it unsure: "with no
 * specific event believed to have occurred" (ITV News) contradicts nothing.
 */
interface ContradictionReading extends Reading {
  polarity: PolarityReading;
}

export const contradictionDetector: Detector<ContradictionReading> = {
  type: 'contradiction',
  read(mention) {
    const { polarity } = analysisOf(mention);
    if (!polarity) return null;
    const words = mention.text.slice(polarity.start, polarity.end);
    return { value: words, spans: [spanOf(mention, polarity.start, polarity.end - polarity.start)], polarity };
  },
  compare: (a, b) => compare(a.polarity, b.polarity),
  explain(readings) {
    const side = (polarity: PolarityReading['polarity']) => readings.filter(({ reading }) => reading.polarity.polarity === polarity);
    const says = (group: typeof readings) => `${group.map(({ outlet, reading }) => `${outlet} (“${reading.value}”)`).join(' and ')} ${group.length === 1 ? 'says' : 'say'}`;
    return `${says(side('denied'))} it is not so, while ${says(side('asserted'))} it is.`;
  },
};

/** Whether two polarity readings assert and deny one thing. */
function compare(a: PolarityReading, b: PolarityReading): Verdict {
  // A quoted speaker's words are theirs: the quote detector compares them.
  if (a.quoted || b.quoted) return 'unsure';
  if (a.polarity === b.polarity) return 'same';
  const samePredicate = a.predicates.some((lemma) => b.predicates.includes(lemma));
  return samePredicate && a.subject !== null && a.subject === b.subject && sameObjects(a.objects, b.objects) ? 'differ' : 'unsure';
}

/** The same object: the same first word, and every word of the shorter one in the longer ("tensions" / "tensions in the region"). */
function sameObjects(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short[0] === long[0] && short.every((lemma) => long.includes(lemma));
}
