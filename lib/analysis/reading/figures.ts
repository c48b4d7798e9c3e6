import { STOPWORDS } from '../lexicons/stopwords';
import units from '../lexicons/units.json';
import { CALENDAR_WORDS, findNumbers, numberKey, type TimeMention } from '../normalize';
import type { Token } from '../tokens';
import { readWords, singular } from './words';

/**
 * The figures of a mention with what each counts: "100,000 troops", "around half of staff", "$44 billion",
 * "5 per cent", "$54.20 per share" (a price of one share, not a total). What a figure counts is a currency
 * sign before it (with the unit of a rate after it), a per-cent sign after it, or else the next few words
 * up to the end of its clause or the next figure ("1,800 domestic flights"). A year ("in 2022"), a day of a
 * month ("on 3 March") and a clock time ("at 10am") say when, not how many, and are no figures.
 */
export interface Figure {
  /** What it counts, canonical ("flight", "percent", "$", "$/share"); none when no word says. */
  units: string[];
  /** The value's key: equal values however written share it (see `numberKey`). */
  value: string;
  /** The figure with its currency sign, and where the words that say what it counts end. */
  start: number;
  end: number;
  shownEnd: number;
}

// How many words after a figure may name what it counts ("845,000 new jobs", "1,800 domestic flights").
const COUNTED_WORDS = 3;
const LINKING = new Set(units.linking.words);
const COUNTED_ENDS = new Set(units.countedEnds.words);
const SAME_UNIT = new Map(Object.entries(units.sameThing.words));
const CURRENCIES = new Set(units.currencies.signs);
const PERCENT = units.percent.phrases;
const RATE = new Set(units.rate.words);
const ORDINAL_SUFFIXES = new Set(units.ordinalSuffixes.suffixes);
const DATE_LINKS = new Set(units.dateLinks.words);
const COUNTED_STOPS = new Set(units.countedStops.punctuation);
const YEARS = units.years;
const MONEY_THING_BEFORE = new Set(units.moneyThing.before);

interface Words {
  text: string;
  tokens: readonly Token[];
  clockTimes: readonly TimeMention[];
}

/** Every figure of a mention, in order. */
export function readFigures({ text, tokens, clockTimes }: Words): Figure[] {
  const figures: Figure[] = [];
  for (const found of findNumbers(text)) {
    if (clockTimes.some((time) => time.start <= found.start && found.end <= time.end)) continue;
    const before = lastIndexBefore(tokens, found.start);
    // The first token after the figure; the rest of a token the figure ends inside ("3rd") is skipped.
    const inside = tokens.findIndex((token) => token.start < found.end && found.end < token.end);
    const after = tokens.findIndex((token) => token.start >= found.end);
    const next = after === -1 ? tokens.length : after;
    if (isYear(tokens, found) || isDate(tokens, before, inside, next) || isInName(text, found.start)) continue;
    // A figure that starts inside a token is the tail of one findNumbers cut ("75" of "$5,587.75"): the
    // sign before that token is not its own.
    const sign = tokens.some((token) => token.start < found.start && found.start < token.end) ? undefined : tokens[before];
    const currency = sign !== undefined && CURRENCIES.has(sign.value) ? sign : undefined;
    const follows = inside === -1 ? next : tokens.length;
    let counted: string[] = [];
    let shownEnd = found.end;
    const percent = PERCENT.find((phrase) => phrase.every((word, offset) => tokens[follows + offset]?.value.toLowerCase() === word));
    if (currency) {
      // The sign, then what the money is ("a $43,000 Rolex watch", "$750,000 in campaign cash").
      const rate = rateUnit(tokens, follows);
      counted = rate ? [`${currency.value}/${unitOf(rate)}`] : [currency.value, ...moneyThing(tokens, follows)];
    } else if (percent) {
      counted = ['percent'];
      shownEnd = (tokens[follows + percent.length - 1] as Token).end;
    } else {
      const words = countedWords(tokens, follows, text);
      counted = words.map((word) => unitOf(word.lower));
      if (words[0]) shownEnd = words[0].end;
    }
    figures.push({ units: counted, value: numberKey(found.value), start: currency ? currency.start : found.start, end: found.end, shownEnd });
  }
  return figures;
}

/** A number joined to a word by a hyphen before it is part of a name: "COVID-19 vaccine", "F-16 jets", "the G-7". */
function isInName(text: string, start: number): boolean {
  return text[start - 1] === '-' && /\p{L}/u.test(text[start - 2] ?? '');
}

/** The index of the last token that ends at or before `offset`, or -1. */
function lastIndexBefore(tokens: readonly Token[], offset: number): number {
  let index = -1;
  while (index + 1 < tokens.length && (tokens[index + 1] as Token).end <= offset) index++;
  return index;
}

/** "in 2022": a four-digit figure of the years' range, written alone. */
function isYear(tokens: readonly Token[], found: { start: number; end: number; value: number }): boolean {
  const token = tokens.find((candidate) => candidate.start === found.start && candidate.end === found.end);
  return token !== undefined && token.value.length === YEARS.digits && found.value >= YEARS.from && found.value <= YEARS.to && Number.isInteger(found.value);
}

/** A day beside a month's name: "March 10", "on 3 March", "the 3rd of March". */
function isDate(tokens: readonly Token[], before: number, inside: number, next: number): boolean {
  const month = (token: Token | undefined) => token !== undefined && CALENDAR_WORDS.has(token.value.toLowerCase().replace(/\.$/, ''));
  if (month(tokens[before])) return true;
  if (inside !== -1 && !ORDINAL_SUFFIXES.has((tokens[inside] as Token).value.replace(/^\d+/, '').toLowerCase())) return false;
  const from = inside === -1 ? next : inside + 1;
  const link = DATE_LINKS.has(tokens[from]?.value.toLowerCase() ?? '') ? from + 1 : from;
  return month(tokens[link]);
}

/**
 * "per share", "a year", "apiece per year": the unit of a rate after an amount. After a preposition "a" is
 * an article: "$600 million from a Treasury Department asset forfeiture fund" is a total (BASIL 2019).
 */
function rateUnit(tokens: readonly Token[], from: number): string | null {
  const first = tokens[from];
  const between = first !== undefined && !RATE.has(first.value) && /^[a-z]+$/.test(first.value) && first.pos !== 'ADP' ? 1 : 0;
  const rate = tokens[from + between];
  const unit = tokens[from + between + 1];
  return rate !== undefined && RATE.has(rate.value) && unit !== undefined && /^\p{L}+$/u.test(unit.value) ? unit.value.toLowerCase() : null;
}

/** The first words after a figure, up to the next figure or the end of its clause, less the linking ones. */
function countedWords(tokens: readonly Token[], from: number, text: string) {
  let end = from;
  while (end < tokens.length && !COUNTED_STOPS.has((tokens[end] as Token).value) && !/\p{N}/u.test((tokens[end] as Token).value)) end++;
  const words = readWords(tokens.slice(from, end), text).filter((word) => /^\p{L}/u.test(word.value));
  // A preposition after what is counted opens another thing: "three punts for touchdowns", "two
  // touchdowns on 106 carries".
  const ends = words.findIndex((word, index) => COUNTED_ENDS.has(word.lower) && words.slice(0, index).some((before) => !LINKING.has(before.lower)));
  return words.slice(0, ends === -1 ? COUNTED_WORDS + 1 : Math.min(ends, COUNTED_WORDS + 1)).filter((word) => !LINKING.has(word.lower)).slice(0, COUNTED_WORDS);
}

/**
 * What a sum of money is: the words right after it, or after "in" or "of", up to a function word
 * (lexicons/units.json: "a $43,000 Rolex watch with …", "$750,000 in campaign cash on …"); none for "$44
 * billion in all" or "$928 billion over eight years".
 */
function moneyThing(tokens: readonly Token[], from: number): string[] {
  let index = MONEY_THING_BEFORE.has(tokens[from]?.value.toLowerCase() ?? '') ? from + 1 : from;
  const thing: string[] = [];
  for (; index < tokens.length && thing.length < COUNTED_WORDS; index++) {
    const word = (tokens[index] as Token).value.toLowerCase();
    if (!/^\p{L}+$/u.test(word) || STOPWORDS.has(word)) break;
    thing.push(unitOf(word));
  }
  return thing;
}

/** "soldiers" → "troop", "flights" → "flight": what a figure counts, canonical. */
function unitOf(word: string): string {
  return SAME_UNIT.get(word) ?? singular(word);
}
