import { findNumbers, numberKey } from '../normalize';
import { spanOf, type Detector } from './mention-view';

/**
 * Different figures for the same quantity: "100,000 troops" vs "150,000 troops"; "around half of
 * staff" vs "a third of staff". The quantity is the number with the noun it counts; 100,000,
 * 100000 and 100k are one value, so form alone never differs.
 */
export const numberDetector: Detector = {
  type: 'number',
  read(mention) {
    for (const found of findNumbers(mention.text)) {
      if (Number.isInteger(found.value) && found.value >= 1900 && found.value <= 2100) continue; // a year
      const unit = /^\s+(?:of\s+(?:the\s+)?)?([\p{L}-]+)/u.exec(mention.text.slice(found.end))?.[1]?.toLowerCase();
      if (!unit) continue;
      const end = found.end + (/^\s+(?:of\s+(?:the\s+)?)?[\p{L}-]+/u.exec(mention.text.slice(found.end))?.[0].length ?? 0);
      return {
        value: mention.text.slice(found.start, end),
        spans: [spanOf(mention, found.start, found.end - found.start)],
        key: `${unitOf(unit)}=${numberKey(found.value)}`,
      };
    }
    return null;
  },
  differ(a, b) {
    const [unitA, valueA] = a.key.split('=');
    const [unitB, valueB] = b.key.split('=');
    return unitA === unitB && valueA !== valueB;
  },
  explain(readings) {
    return `The outlets give different figures: ${readings.map(({ outlet, reading }) => `${outlet} says “${reading.value}”`).join(', ')}.`;
  },
};

// "troops" and "soldiers" count the same thing; "staff" and "personnel" too.
const UNITS: Record<string, string> = { soldiers: 'troops', forces: 'troops', personnel: 'staff', staffers: 'staff', employees: 'staff', people: 'people', persons: 'people' };

function unitOf(word: string): string {
  return UNITS[word] ?? word.replace(/s$/, '');
}
