import units from '../lexicons/units.json';
import type { Figure } from '../reading/figures';
import { analysisOf, spanOf, verdictOf, type Detector, type Reading } from './mention-view';

/**
 * Different figures for the same quantity: "100,000 troops" vs "150,000 troops"; "around half of
 * staff" vs "a third of staff"; "more than 1,000 flights" vs "at least 1,800 domestic flights". Read
 * from the shared figures of each mention (reading/figures.ts): a number with what it counts; 100,000,
 * 100000 and 100k are one value, so form alone never differs. Two outlets differ when they count the
 * same thing with figures the other does not give at all.
 */
interface NumberReading extends Reading {
  /** Every figure of the mention, with what it counts (one that counts nothing named still agrees). */
  quantities: readonly Figure[];
}

const CURRENCIES = new Set(units.currencies.signs);

export const numberDetector: Detector<NumberReading> = {
  type: 'number',
  read(mention) {
    const all = analysisOf(mention).figures;
    const found = all.filter((quantity) => quantity.units.length > 0);
    if (found.length === 0) return null;
    return {
      value: found.map((quantity) => mention.text.slice(quantity.start, quantity.shownEnd)).join(', '),
      spans: found.map((quantity) => spanOf(mention, quantity.start, quantity.end - quantity.start)),
      quantities: all,
    };
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    return `The outlets give different figures: ${readings.map(({ outlet, reading }) => `${outlet} says “${reading.value}”`).join(', ')}.`;
  },
};

/** Whether two readings differ in substance. */
function differ(a: NumberReading, b: NumberReading): boolean {
  const left = a.quantities.map(({ units, value }): [string[], string] => [units, value]);
  const right = b.quantities.map(({ units, value }): [string[], string] => [units, value]);
  const values = (side: [string[], string][], unit?: string) => new Set(side.filter(([units]) => unit === undefined || units.includes(unit)).map(([, value]) => value));
  const [leftValues, rightValues] = [values(left), values(right)];
  // Two figures count the same thing when what one counts first is among what the other counts
  // ("1,000 flights" / "1,800 domestic flights"). They differ only when neither outlet gives the
  // other's figure at all ("fell by 92,000 to 498,000" / "fell to 498,000 from 590,000"), and the
  // outlets share no figure for that thing ("$1.5 trillion … $2 trillion" / "$1.5 trillion … $1.2 trillion").
  return left.some(([unitsA, valueA]) =>
    right.some(([unitsB, valueB]) => {
      const shared = unitsB.includes(unitsA[0] as string) ? unitsA[0] : unitsA.includes(unitsB[0] as string) ? unitsB[0] : undefined;
      if (shared === undefined || valueA === valueB || rightValues.has(valueA) || leftValues.has(valueB)) return false;
      if (otherMoney(unitsA, unitsB)) return false;
      const rightForUnit = values(right, shared);
      return ![...values(left, shared)].some((value) => rightForUnit.has(value));
    }),
  );
}

/**
 * Sums of money spent on different things: "a $43,000 Rolex watch" / "$750,000 in campaign cash" (blind
 * dev split, BASIL 2013). Each names what the money is after its sign, and no word of it is the other's.
 */
function otherMoney([signA, ...thingA]: readonly string[], [signB, ...thingB]: readonly string[]): boolean {
  return signA === signB && CURRENCIES.has(signA as string) && thingA.length > 0 && thingB.length > 0 && !thingA.some((word) => thingB.includes(word));
}
