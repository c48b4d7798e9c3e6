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

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = 'hundred|thousand|million|billion|trillion';
// "five and a half months" = "5 1/2 months" = "5½ months"; "one and a half million" = "1.5 million".
const HALF = String.raw`\s+and\s+a\s+half`;
const NUMBER_PATTERN = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:`,
    // "3/4 of voters" (not a date: "1/2/2022").
    String.raw`(?<bareFraction>[123]/[234])(?![\d/])|`,
    // Digits, a fraction of them, and a scale ("£50bn", "100k", "$100-million", "5 1/2"). Thousands may be
    // set off by commas or by a thin or no-break space ("100 000"); a plain space is ambiguous ("March 5 100 people").
    String.raw`(?<digits>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+|\d+(?:\.\d+)?)(?<digitFraction>\s+[123]/[234](?![\d/])|[½¼¾⅓⅔]|${HALF}\b)?`,
    // A bare "m" or "b" after a number is a unit only when written tight.
    String.raw`(?:(?:\s*|-)(?<digitScale>${SCALE})\b|\s*(?<shortScale>k|m|mn|bn|b|tn)\b)?`,
    // Words with a scale ("a hundred thousand", "fifty-five million", "one and a half million").
    String.raw`|(?<wordTens>a|${SMALL}|${TENS}|dozen)(?:[\s-]+(?<wordUnit>one|two|three|four|five|six|seven|eight|nine))?(?<wordHalf>${HALF})?\s+(?<wordScale>${SCALE}|dozen)s?(?:\s+(?<wordScale2>thousand|million|billion))?\b`,
    String.raw`|(?<halfWord>${SMALL})${HALF}\b`,
    // "twenty-five" = 25.
    String.raw`|(?<compoundTens>${TENS})[\s-](?<compoundUnit>one|two|three|four|five|six|seven|eight|nine)\b`,
    String.raw`|(?<fraction>half|third|quarter|two-thirds|three-quarters)\b`,
    String.raw`|(?<smallWord>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS}|two|three|four|five|six|seven|eight|nine|ten)\b`,
    ')',
  ].join(''),
  'giu',
);

const FRACTION_MARKS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

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
    const value = numberValue(match.groups ?? {});
    if (value !== null && Number.isFinite(value)) found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}

function numberValue(groups: Record<string, string | undefined>): number | null {
  const { digits, digitFraction, digitScale, shortScale, wordTens, wordUnit, wordHalf, wordScale, wordScale2, halfWord, compoundTens, compoundUnit, fraction, smallWord, bareFraction } = groups;
  const word = (value: string | undefined) => UNITS[value?.toLowerCase() ?? ''];
  if (digits !== undefined) {
    const base = Number(digits.replace(/[,\u00a0\u2009\u202f]/g, '')) + (digitFraction ? fractionValue(digitFraction) : 0);
    const scale = digitScale ?? shortScale;
    return base * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
  }
  if (wordScale !== undefined) {
    const tens = wordTens?.toLowerCase() === 'a' ? 1 : (word(wordTens) ?? 1);
    const units = word(wordUnit) ?? 0;
    const scale = SCALES[wordScale.toLowerCase()] ?? word(wordScale) ?? 1;
    return (tens + units + (wordHalf ? 0.5 : 0)) * scale * (wordScale2 ? (SCALES[wordScale2.toLowerCase()] ?? 1) : 1);
  }
  if (halfWord !== undefined) return (word(halfWord) ?? 0) + 0.5;
  if (compoundTens !== undefined) return (word(compoundTens) ?? 0) + (word(compoundUnit) ?? 0);
  if (fraction !== undefined) return FRACTIONS[fraction.toLowerCase()] ?? null;
  if (smallWord !== undefined) return word(smallWord) ?? null;
  if (bareFraction !== undefined) return fractionValue(bareFraction);
  return null;
}

/** " 1/2", "½" or " and a half" as a value. */
function fractionValue(written: string): number {
  const trimmed = written.trim();
  const slash = /^(\d)\/(\d)$/.exec(trimmed);
  if (slash) return Number(slash[1]) / Number(slash[2]);
  return FRACTION_MARKS[trimmed] ?? 0.5;
}

/** A canonical key for a number: equal values, however written, share one key. */
export function numberKey(value: number): string {
  return `#${Number(value.toPrecision(6))}`;
}

/** Names of the months in order, lower case: the one calendar list, with `WEEKDAYS`. */
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Names of months and weekdays, lower case: capitalised, yet no person or place. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
const WEEKDAY = WEEKDAYS.join('|');
const MONTH = MONTHS.join('|');
// A month before its day, but not "may": with case ignored, "may 20 people" is a modal before a figure.
const MONTH_BEFORE_DAY = MONTHS.filter((month) => month !== 'may').join('|');

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
    pattern: new RegExp(String.raw`\b(?:(last|next|this) )?(${WEEKDAY})(?:'s|’s)?\b`, 'gi'),
    key: (m) => `weekday:${m[1] ? `${m[1].toLowerCase()}-` : ''}${(m[2] as string).toLowerCase()}`,
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2}) (${MONTH})\b|\b(${MONTH_BEFORE_DAY}) (\d{1,2})\b`, 'gi'),
    key: (m) => `date:${MONTHS.indexOf(((m[2] ?? m[3]) as string).toLowerCase()) + 1}-${Number(m[1] ?? m[4])}`,
  },
];

export interface TimeMention {
  start: number;
  end: number;
  key: string;
}

// "2 a.m.", "7 p.m.", "11:59 p.m.", "10am", "1000 GMT" is left out (a figure as often as a time).
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.m\.|([ap])m\b)/gi;

/** Clock times in `text` ("2 a.m." = "2am"), keyed by the minute of the day; offsets relative to `text`. */
export function findClockTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  CLOCK.lastIndex = 0;
  for (let match = CLOCK.exec(text); match; match = CLOCK.exec(text)) {
    const hour = (Number(match[1]) % 12) + ((match[3] ?? match[4] ?? '').toLowerCase() === 'p' ? 12 : 0);
    const minute = Number(match[2] ?? 0);
    if (Number(match[1]) > 12 || minute > 59) continue;
    found.push({ start: match.index, end: match.index + match[0].length, key: `clock:${hour * 60 + minute}` });
  }
  return found;
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
