import { isCalendarDate } from './dates';
import datelines from './lexicons/datelines.json';
import { CALENDAR_WORDS, MONTHS } from './normalize';
import { PLACE_NAMES } from './reading/place-lists';
import type { Dateline } from './types';

/**
 * Datelines, in both senses news pages use the word: the place (with date and agency) that opens a
 * story, "KYIV, Ukraine (AP) —", and the line that dates the page, "19 January 2022, 00:25". Neither
 * states a fact of the story; the first is read into the article's `dateline`, the second into its
 * publication date.
 */

const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((month) => month.slice(0, 3)).join('|')}|sept)\\.?`;
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?';
const DAY_MONTH_YEAR = `(\\d{1,2}) ${MONTH},? (\\d{4})`;
const MONTH_DAY_YEAR = `${MONTH} (\\d{1,2}),? (\\d{4})`;

// Seed 002: "19 January 2022, 00:25"; also "January 19, 2022 12:25pm", "Updated 19 January 2022", and
// the BBC's "21 July 2013 Last updated at 11:11 GMT" (ECB+ train topic 14).
const DATE_LINE = new RegExp(
  `^(?:(?:Published|Updated|Last updated|First published|Posted)(?: on)?:? )?(?:${WEEKDAY},? )?(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})(?:,? (?:(?:last )?updated )?(?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,5})?)?$`,
  'i',
);

/** The date of a line that dates the page ("19 January 2022, 00:25"), or null for any other line. */
export function readDateLine(text: string): { date: string | null } | null {
  const match = DATE_LINE.exec(text);
  if (!match) return null;
  const [, dayFirst, monthFirst, yearFirst, monthSecond, daySecond, yearSecond] = match;
  return { date: isoFromParts(Number(yearFirst ?? yearSecond), monthFirst ?? monthSecond, Number(dayFirst ?? daySecond)) };
}

function monthNumber(name: string | undefined): number {
  const short = (name ?? '').toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(short)) + 1;
}

function isoFromParts(year: number, monthName: string | undefined, day: number): string | null {
  const month = monthNumber(monthName);
  if (!isCalendarDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const AGENCY_FORMS = new Map(Object.entries(datelines.agencies.names).flatMap(([agency, forms]) => forms.map((form) => [form, agency] as const)));
const STANDALONE = new Set(datelines.standaloneCities.names);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (phrases: Iterable<string>) => [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');

const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]*";
const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const NAME = `${WORD}(?: (?:${WORD}|de|del|da|la|el|al|upon|on))*`;
const PLACE = `${NAME}(?: ?/ ?${NAME})?`;
// Case-sensitive (a place in capitals must be told from one in lower case), so months are listed as
// printed: "March", "MARCH", "Nov.", "NOV".
const PRINTED_MONTH = `(?:${[...MONTHS, ...MONTHS.map((month) => month.slice(0, 3)), 'sept']
  .flatMap((month) => [month[0]?.toUpperCase() + month.slice(1), month.toUpperCase()])
  .join('|')})\\.?`;
const DATE = `(?:(?<monthA>${PRINTED_MONTH}) (?<dayA>\\d{1,2})|(?<dayB>\\d{1,2}) (?<monthB>${PRINTED_MONTH}))(?:,? (?<year>\\d{4}))?`;
const DASHES = datelines.separators.dashes.map(escape).join('|');
// A dash between spaces ("WASHINGTON -- The", "LONDON (Reuters) - Britain"), or an em or en dash that
// may touch the words ("WASHINGTON—The"); a colon ("NEW DELHI: The"); a full stop only alone ("London.").
const SEPARATOR = `(?<dash>\\s+(?:${DASHES})(?:\\s+|$)|\\s*[—–]\\s*)|(?<colon>\\s*${escape(datelines.separators.colon)}(?:\\s+|$))|(?<alone>${escape(datelines.separators.alone)}?$)`;
const PLACE_DATELINE = new RegExp(
  `^(?<place>${PLACE})(?:, (?<region>${NAME}))?(?:,? ${DATE})?(?: ?\\((?<agency>${alternatives(AGENCY_FORMS.keys())})\\))?(?:${SEPARATOR})`,
  'u',
);
const ALL_CAPS = new RegExp(`^${CAPS_WORD}(?: ${CAPS_WORD})*(?: ?/ ?${CAPS_WORD}(?: ${CAPS_WORD})*)?$`, 'u');

function isKnownPlace(name: string): boolean {
  return name.split('/').some((part) => {
    const key = part.trim().toLowerCase();
    return PLACE_NAMES.has(key) || STANDALONE.has(key);
  });
}

/**
 * The dateline that opens a line of a story, with its length in the line: "WASHINGTON (AP) —",
 * "LONDON (Reuters) -", "KYIV, Ukraine —", "FERGUSON, Mo. --", "SAN FRANCISCO:", "Mumbai, Nov 11 -", or
 * "London." alone on its line. `year` completes a date written without one ("Nov 11") when the
 * article's publication date is known. Null when the line does not open with one: a capitalised
 * subject before a dash ("Elder — who had arrived"), a speaker's label ("TUCKER CARLSON:").
 */
export function readPlaceDateline(line: string, published: string | null = null): { length: number; dateline: Dateline } | null {
  const match = PLACE_DATELINE.exec(line);
  const groups = match?.groups;
  if (!match || !groups) return null;
  // "London." alone on its line: the full stop ends the dateline, it is not part of the name.
  const place = groups.alone !== undefined && groups.region === undefined ? (groups.place as string).replace(/\.$/, '') : (groups.place as string);
  const region = groups.region;
  const monthName = groups.monthA ?? groups.monthB;
  const hasDate = monthName !== undefined;
  const agencyForm = groups.agency;
  const agency = agencyForm === undefined ? null : (AGENCY_FORMS.get(agencyForm) ?? null);
  const known = isKnownPlace(place) || (region !== undefined && isKnownPlace(region));
  const caps = ALL_CAPS.test(place) && /\p{Lu}{2}/u.test(place);
  const accepted =
    agency !== null
      ? groups.alone === undefined
      : groups.dash !== undefined
        ? (caps && (known || region !== undefined)) || (hasDate && !CALENDAR_WORDS.has(place.toLowerCase()))
        : groups.colon !== undefined
          ? known
          : known && (hasDate || line.endsWith(datelines.separators.alone));
  if (!accepted) return null;
  const year = groups.year !== undefined ? Number(groups.year) : null;
  const day = Number(groups.dayA ?? groups.dayB);
  const date = hasDate ? datelineDate(year, monthName, day, published) : null;
  const length = match[0].trimEnd().length;
  return { length, dateline: { place: region ? `${place}, ${region}` : place, date, agency } };
}

/** A dateline's date as YYYY-MM-DD; without a year, the latest such date on or before publication. */
function datelineDate(year: number | null, monthName: string | undefined, day: number, published: string | null): string | null {
  if (year !== null) return isoFromParts(year, monthName, day);
  if (!published) return null;
  const publishedYear = Number(published.slice(0, 4));
  const sameYear = isoFromParts(publishedYear, monthName, day);
  return sameYear && sameYear <= published ? sameYear : isoFromParts(publishedYear - 1, monthName, day);
}
