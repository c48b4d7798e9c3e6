import { isCalendarDate, isoDate } from './ingest';
import { MONTHS } from './normalize';
import type { ExcludedSpan, ExclusionReason, Span } from './types';

/**
 * Separates an article from the page chrome around it: metadata prefixes, headline, dateline,
 * byline, captions and picture credits, widgets, "Read more:" links and the site navigation that
 * follows the article. Works on lines of plain text, so it applies to pasted text and to text
 * extracted from HTML alike.
 */
export interface Boilerplate {
  excluded: ExcludedSpan[];
  /** YYYY-MM-DD found in a metadata prefix or a dateline. */
  publishedAt: string | null;
}

interface Line extends Span {
  text: string;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

// Seeds 000 and 002 begin with " date 2022-01-24 " glued to the first sentence or the headline.
const METADATA_PREFIX = /^\s*date (\d{4}-\d{2}-\d{2})\b/;
// Seed 002: "19 January 2022, 00:25"; also "January 19, 2022 12:25pm", "Updated 19 January 2022".
const DATELINE = new RegExp(
  `^(?:(?:Published|Updated|Last updated|First published|Posted)(?: on)?:? )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:(\\d{1,2}) ${MONTH},? (\\d{4})|${MONTH} (\\d{1,2}),? (\\d{4}))(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,5})?)?$`,
  'i',
);
// Agency copy opens its first paragraph with a place and the agency: "KYIV, Ukraine (AP) — The United
// States ordered…" The prefix is a dateline; the rest of the line is the article.
const AGENCY_DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:, [\p{L} .'’-]{2,40})? \((?:AP|Reuters|AFP|PA)\) ?[—–-]+ ?/u;
// Seed 002: "By Daisy Stephens"; also "By Jane Doe and John Roe, Political Correspondent".
const BYLINE = /^(?:By|Written by|Words by|Reporting by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|bin|al|and|&|,))*(?:,\s*[\p{L} ]{2,60})?$/u;
// Seed 002: "Listen to this article", "Loading audio...".
const WIDGET = /^(?:Listen to this article|Loading (?:audio|video)(?:\.\.\.|…)?|Advertisement|Sponsored|Share this (?:article|story)|Share|Copy link|Play video|Video unavailable|Skip advert|Sign up to .*|Subscribe(?: now| to .*)?|Follow us .*|Click to (?:share|play).*|Comments|\d+ comments?|Continue reading.*|Image \d+ of \d+)$/i;
// Seed 002: "Read more: UK sends troops …", "Watch: Shelagh Fogarty's …".
const RELATED_LINK = /^(?:Read more|Read also|Also read|More on this story|See also|Related|Recommended|Watch|Listen|Click here)\s*[:|–—-]\s*\S/i;
// Seed 000: "… in southern Russia. Credit: AP"; seed 002: "… on its border. Picture: Ukrainian Defense Ministry/Getty".
const CREDIT_TAIL = /(?:^|[.!?'"”’)]\s*|\s)((?:Credit|Picture|Photo|Photograph|Image|Pictured|Source|Illustration)s?\s*:\s*[^.!?]{1,80}|\((?:Getty Images|AP|Reuters|AFP|PA)(?:[^)]{0,40})\)|©\s*[^.!?]{1,60})\s*$/;
// Navigation blocks that follow an article: "More Latest News", "See more Latest News", "More Topics".
const NAVIGATION_MARKER = /^(?:See more\b.*|More (?:Latest News|Topics|Stories|from .*|News|on this)|Latest News|Most (?:Read|Popular|Viewed)|Trending(?: Now)?|Related (?:Stories|Articles|Topics|Content)|You may also like|Top Stories|Highlights & Opinion|The News Explained|Editor's Picks|Don't miss)$/i;

const TERMINAL = /[.!?…]["'”’)\]]*$/;

function isHeadlineLike(text: string): boolean {
  return !TERMINAL.test(text) && !text.endsWith(':') && wordCount(text) <= 30;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed.length === 0) continue;
    const start = match.index + leading;
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}

export function findBoilerplate(text: string, markup: readonly ExcludedSpan[] = []): Boilerplate {
  const excluded: ExcludedSpan[] = [...markup];
  let publishedAt: string | null = null;

  const prefix = METADATA_PREFIX.exec(text);
  let bodyStart = 0;
  if (prefix) {
    const start = prefix[0].indexOf('date');
    excluded.push({ start, end: prefix[0].length, reason: 'metadata' });
    publishedAt = isoDate(prefix[1]);
    bodyStart = prefix[0].length;
  }

  const inMarkup = (line: Line) => markup.some((span) => span.start <= line.start && line.end <= span.end);
  const lines = splitLines(text, bodyStart).filter((line) => !inMarkup(line));
  const navigationStart = findNavigationStart(lines);
  const article = navigationStart === -1 ? lines : lines.slice(0, navigationStart);
  if (navigationStart !== -1) {
    const first = lines[navigationStart] as Line;
    const last = lines[lines.length - 1] as Line;
    excluded.push({ start: first.start, end: last.end, reason: 'navigation' });
  }

  let seenBody = false;
  article.forEach((line, index) => {
    const next = article[index + 1];
    const reason = classifyLine(line, next);
    if (reason === 'dateline') publishedAt ??= datelineDate(line.text);
    if (reason) {
      excluded.push({ start: line.start, end: line.end, reason });
      return;
    }
    const agencyDateline = seenBody ? null : AGENCY_DATELINE.exec(line.text);
    if (agencyDateline) excluded.push({ start: line.start, end: line.start + agencyDateline[0].trimEnd().length, reason: 'dateline' });
    const credit = CREDIT_TAIL.exec(line.text);
    if (credit?.[1] && wordCount(line.text) <= 60) {
      const creditStart = line.start + line.text.lastIndexOf(credit[1]);
      const captionEnd = line.start + line.text.slice(0, creditStart - line.start).trimEnd().length;
      if (captionEnd > line.start) excluded.push({ start: line.start, end: captionEnd, reason: 'caption' });
      excluded.push({ start: creditStart, end: line.end, reason: 'credit' });
      return;
    }
    // The first unpunctuated line before the body is the headline; short unpunctuated lines inside
    // the article are sub-headings. Neither states a claim.
    if (isHeadlineLike(line.text) && ((!seenBody && next) || wordCount(line.text) <= 6)) {
      excluded.push({ start: line.start, end: line.end, reason: 'headline' });
      return;
    }
    seenBody = true;
  });

  return { excluded: normalizeSpans(excluded), publishedAt };
}

function classifyLine(line: Line, next: Line | undefined): ExclusionReason | null {
  const { text } = line;
  if (WIDGET.test(text)) return 'widget';
  if (RELATED_LINK.test(text)) return 'related-link';
  if (DATELINE.test(text)) return 'dateline';
  if (BYLINE.test(text) && wordCount(text) <= 12) return 'byline';
  // Seed 002 prints a caption, then the same caption again with its picture credit.
  if (next && isHeadlineLike(text) && next.text.startsWith(text) && CREDIT_TAIL.test(next.text)) return 'caption';
  return null;
}

/**
 * Where the site navigation after the article begins: the first navigation marker ("More Latest
 * News") or the first run of lines that are mostly headlines without full stops, once the article
 * has begun. Seed 002 ends in screens of such lists, one of which ("Russia moves more troops
 * westwards amid Ukraine tensions") is on topic, so position and shape decide, not the words.
 */
function findNavigationStart(lines: Line[]): number {
  let bodyLines = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (bodyLines >= 2 && NAVIGATION_MARKER.test(line.text)) return index;
    if (bodyLines >= 3 && startsHeadlineRun(lines, index)) return index;
    if (TERMINAL.test(line.text) && wordCount(line.text) >= 6) bodyLines++;
  }
  return -1;
}

function startsHeadlineRun(lines: Line[], index: number): boolean {
  const window = lines.slice(index, index + 10);
  if (window.length < 8) return false;
  const headlines = window.filter((line) => isHeadlineLike(line.text) && !RELATED_LINK.test(line.text)).length;
  return isHeadlineLike((lines[index] as Line).text) && headlines / window.length >= 0.7;
}

function datelineDate(text: string): string | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const [, dayFirst, monthFirst, yearFirst, monthSecond, daySecond, yearSecond] = match;
  const day = Number(dayFirst ?? daySecond);
  const year = Number(yearFirst ?? yearSecond);
  const monthName = (monthFirst ?? monthSecond ?? '').toLowerCase().replace('.', '');
  const month = MONTHS.findIndex((name) => name.startsWith(monthName.slice(0, 3))) + 1;
  if (!isCalendarDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Sorts spans and trims overlaps, so that every character has at most one reason. */
function normalizeSpans(spans: ExcludedSpan[]): ExcludedSpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ExcludedSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) merged.push({ ...span, start: last.end });
      continue;
    }
    merged.push({ ...span });
  }
  return merged;
}

/** The parts of [0, length) not covered by the (sorted, disjoint) excluded spans. */
export function includedRegions(length: number, excluded: readonly Span[]): Span[] {
  const regions: Span[] = [];
  let cursor = 0;
  for (const span of excluded) {
    if (span.start > cursor) regions.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < length) regions.push({ start: cursor, end: length });
  return regions;
}
