/**
 * Canonical forms for values that outlets write differently: numbers ("100,000", "100000", "100k",
 * "a hundred thousand") and time expressions ("in the last day" = "in the past 24 hours"). Equal
 * values get equal keys, so they neither block an alignment nor count as a difference.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
// Proportions: "around half of staff" (The Sun) / "around half of the staff" (ITV).
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, 'two-thirds': 2 / 3, 'three-quarters': 0.75 };

const NUMBER_PATTERN =
  /(?<![\p{L}\p{N}])(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(k|m|mn|bn|b|tn|hundred|thousand|million|billion|trillion)\b)?|(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?\s+(hundred|thousand|million|billion|trillion|dozen)s?(?:\s+(thousand|million|billion))?\b|(half|third|quarter|two-thirds|three-quarters)\b|(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|two|three|four|five|six|seven|eight|nine|ten)\b)/giu;

export interface NumberMention {
  start: number;
  end: number;
  value: number;
}

/** Every number and proportion in `text`, with its value; offsets are relative to `text`. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  NUMBER_PATTERN.lastIndex = 0;
  for (let match = NUMBER_PATTERN.exec(text); match; match = NUMBER_PATTERN.exec(text)) {
    const value = numberValue(match);
    if (value !== null && Number.isFinite(value)) found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}

function numberValue(match: RegExpExecArray): number | null {
  const [, digits, digitScale, wordTens, wordUnit, wordScale, wordScale2, fraction, smallWord] = match;
  if (digits !== undefined) {
    const base = Number(digits.replace(/,/g, ''));
    // A bare "m" or "b" after a number is a unit only when written tight ("£50bn", "100k").
    return base * (digitScale ? (SCALES[digitScale.toLowerCase()] ?? 1) : 1);
  }
  if (wordScale !== undefined) {
    const tens = wordTens?.toLowerCase() === 'a' ? 1 : (UNITS[wordTens?.toLowerCase() ?? ''] ?? 1);
    const units = UNITS[wordUnit?.toLowerCase() ?? ''] ?? 0;
    const scale = SCALES[wordScale.toLowerCase()] ?? UNITS[wordScale.toLowerCase()] ?? 1;
    return (tens + units) * scale * (wordScale2 ? (SCALES[wordScale2.toLowerCase()] ?? 1) : 1);
  }
  if (fraction !== undefined) return FRACTIONS[fraction.toLowerCase()] ?? null;
  if (smallWord !== undefined) return UNITS[smallWord.toLowerCase()] ?? null;
  return null;
}

/** A canonical key for a number: equal values, however written, share one key. */
export function numberKey(value: number): string {
  return `#${Number(value.toPrecision(6))}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface TimeRule {
  pattern: RegExp;
  key: (match: RegExpExecArray) => string;
}

// ASCII patterns go without the u flag: with it, case-insensitive matching is several times slower in V8.
// Each rule maps a family of phrasings to one key. "in the last day" (ITV) and "in the past 24
// hours" (The Sun) must be equal.
const TIME_RULES: TimeRule[] = [
  { pattern: /\b(?:(?:in|over|during) the )?(?:last|past|previous) (?:day|24 hours|twenty-four hours)\b/gi, key: () => 'period:P1D' },
  // "last week" names the calendar week before; "the past week" is the seven days up to now.
  { pattern: /\b(?:(?:in|over|during) the )?(?:(?:past|previous) week|(?:last|past|previous) (?:seven|7) days)\b/gi, key: () => 'period:P7D' },
  { pattern: /\blast week(?:'s|’s)?\b/gi, key: () => 'relative:last-week' },
  { pattern: /\b(?:this|later this) week\b/gi, key: () => 'relative:this-week' },
  { pattern: /\bnext week\b/gi, key: () => 'relative:next-week' },
  { pattern: /\b(today|tonight|yesterday|tomorrow)\b/gi, key: (m) => `relative:${(m[1] as string).toLowerCase().replace('tonight', 'today')}` },
  {
    pattern: /\b(?:(last|next|this) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\b/gi,
    key: (m) => `weekday:${m[1] ? `${m[1].toLowerCase()}-` : ''}${(m[2] as string).toLowerCase()}`,
  },
  {
    pattern: /\b(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(january|february|march|april|june|july|august|september|october|november|december) (\d{1,2})\b/gi,
    key: (m) => `date:${MONTHS.indexOf(((m[2] ?? m[3]) as string).toLowerCase()) + 1}-${Number(m[1] ?? m[4])}`,
  },
];

export interface TimeMention {
  start: number;
  end: number;
  key: string;
}

/** Time expressions in `text` with canonical keys; offsets are relative to `text`. */
export function findTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  for (const rule of TIME_RULES) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, key: rule.key(match) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
