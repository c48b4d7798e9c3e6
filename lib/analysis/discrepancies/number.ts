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
      // A year says when, not how many ("in 2022"; "2,000 jobs" is a count).
      if (/^\d{4}$/.test(mention.text.slice(found.start, found.end)) && found.value >= 1900 && found.value <= 2100) continue;
      const counted = /^\s*(?:of\s+(?:the\s+)?)?([\p{L}%-]+)/u.exec(mention.text.slice(found.end));
      // Without a counted noun, a currency sign or a per-cent sign says what the figure measures.
      const currency = /[£$€¥]\s*$/u.exec(mention.text.slice(0, found.start))?.[0].trim();
      const unit = counted?.[1]?.toLowerCase() ?? currency;
      if (!unit) continue;
      const end = found.end + (counted?.[0].length ?? 0);
      const start = currency ? found.start - 1 : found.start;
      return {
        value: mention.text.slice(start, end),
        spans: [spanOf(mention, start, found.end - start)],
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
const UNITS: Record<string, string> = {
  soldiers: 'troops', forces: 'troops', personnel: 'staff', staffers: 'staff', employees: 'staff', persons: 'people',
  '%': 'percent', 'per': 'percent', cent: 'percent', pc: 'percent',
};

function unitOf(word: string): string {
  return UNITS[word] ?? word.replace(/s$/, '');
}
