import units from '../lexicons/units.json';
import { CALENDAR_WORDS, findNumbers, numberKey } from '../normalize';
import { analysisOf, spanOf, verdictOf, type Detector, type MentionView, type Reading } from './mention-view';

/**
 * Different figures for the same quantity: "100,000 troops" vs "150,000 troops"; "around half of
 * staff" vs "a third of staff"; "more than 1,000 flights" vs "at least 1,800 domestic flights". A
 * quantity is a number with the words it counts (the next few content words, a currency sign or a
 * per-cent sign); 100,000, 100000 and 100k are one value, so form alone never differs. Two outlets
 * differ when they count the same thing with figures the other does not give at all.
 */
interface Quantity {
  /** What the figure counts, canonical ("flight", "percent", "$"). */
  units: string[];
  value: string;
  start: number;
  end: number;
  /** Where the words that say what it counts end ("1,800 domestic flights"), for the explanation. */
  shownEnd: number;
}

interface NumberReading extends Reading {
  /** Every figure of the mention, with what it counts (one that counts nothing named still agrees). */
  quantities: Quantity[];
}

// How many words after a figure may name what it counts ("845,000 new jobs", "1,800 domestic flights").
const COUNTED_WORDS = 3;
const LINKING = new Set(units.linking.words);
const SAME_UNIT = new Map(Object.entries(units.sameThing.words));

function quantities(mention: MentionView): Quantity[] {
  const result: Quantity[] = [];
  // "at 10am" is a time (the timing detector reads it), not a quantity.
  const clock = analysisOf(mention).clockTimes;
  for (const found of findNumbers(mention.text)) {
    if (clock.some((time) => time.start <= found.start && found.end <= time.end)) continue;
    const written = mention.text.slice(found.start, found.end);
    // A year says when, not how many ("in 2022"; "2,000 jobs" is a count).
    if (/^\d{4}$/.test(written) && found.value >= 1900 && found.value <= 2100) continue;
    // A day of a month is a date ("on 3 March", "March 10"): the timing detector reads it.
    if (isDate(mention.text, found.start, found.end)) continue;
    const currency = /[£$€¥]\s*$/u.exec(mention.text.slice(0, found.start))?.[0].trim();
    const after = mention.text.slice(found.end);
    let units: string[] = [];
    let shownEnd = found.end;
    const percent = /^\s*(?:%|per ?cent\b|percent\b|pc\b)/iu.exec(after);
    // "$54.20 per share" prices one share; "$44 billion" is a total: not one quantity.
    const per = /^\s*(?:[a-z]+\s+)?(?:per|a)\s+(\p{L}+)/u.exec(after);
    if (currency) units = [per ? `${currency}/${unitOf((per[1] as string).toLowerCase())}` : currency];
    else if (percent) {
      units = ['percent'];
      shownEnd += percent[0].length;
    } else {
      // The counted words run until the next figure or the end of the clause.
      const clause = /^[^\d.,;:!?()"“”]*/u.exec(after)?.[0] ?? '';
      const words = [...clause.matchAll(/\p{L}[\p{L}'’-]*/gu)].slice(0, COUNTED_WORDS + 1).filter((word) => !LINKING.has(word[0].toLowerCase()));
      units = words.slice(0, COUNTED_WORDS).map((word) => unitOf(word[0].toLowerCase()));
      if (words[0]) shownEnd += (words[0].index as number) + words[0][0].length;
    }
    // A figure that counts nothing named still counts for agreement: the other outlet may name it.
    result.push({ units, value: numberKey(found.value), start: currency ? found.start - currency.length : found.start, end: found.end, shownEnd });
  }
  return result;
}

/** Whether the figure at [start, end) is a day beside a month's name. */
function isDate(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  const after = /^(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)/u.exec(text.slice(end, end + 16))?.[1];
  return [before, after].some((word) => word !== undefined && CALENDAR_WORDS.has(word.toLowerCase()));
}

export const numberDetector: Detector<NumberReading> = {
  type: 'number',
  read(mention) {
    const all = quantities(mention);
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

/** "soldiers" → "troop", "flights" → "flight", "-day" → "day": what a figure counts, canonical. */
function unitOf(word: string): string {
  const bare = word.replace(/^-+/, '');
  return SAME_UNIT.get(bare) ?? bare.replace(/s$/, '');
}

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
      const rightForUnit = values(right, shared);
      return ![...values(left, shared)].some((value) => rightForUnit.has(value));
    }),
  );
}
