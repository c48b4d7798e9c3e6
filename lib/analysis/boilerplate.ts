import { readDateLine, readPlaceDateline } from './dateline';
import { isoDate } from './dates';
import { creditTail, endsSentence, furnitureOf, isHeadlineLike, isQuestionSubheading, wordCount } from './page-furniture';
import type { Dateline, ExcludedSpan, ExclusionReason, Span } from './types';

/**
 * Separates an article from the page chrome around it: metadata prefixes, headline, dateline,
 * byline, captions and picture credits, page furniture (lexicons/page-furniture.json: ad labels,
 * comment forms, newsroom notices, widgets, "Read more:" links) and the site navigation that follows
 * the article. Works on lines of plain text, so it applies to pasted text and to text extracted from
 * HTML alike.
 */
export interface Boilerplate {
  excluded: ExcludedSpan[];
  /** YYYY-MM-DD found in a metadata prefix or a line that dates the page. */
  publishedAt: string | null;
  /** The place dateline that opens the story ("KYIV, Ukraine (AP) —"), when it has one. */
  dateline: Dateline | null;
}

export interface BoilerplateOptions {
  /** Spans the markup already marks as non-article. */
  markup?: readonly ExcludedSpan[];
  /** The article's headline as given apart from its text: the same words at the top are the headline again. */
  title?: string | null;
  /** The publication date given with the article: it completes a dateline's date written without a year. */
  publishedAt?: string | null;
}

interface Line extends Span {
  text: string;
}

// Seeds 000 and 002 begin with " date 2022-01-24 " glued to the first sentence or the headline.
const METADATA_PREFIX = /^\s*date (\d{4}-\d{2}-\d{2})\b/;
// Seed 002: "By Daisy Stephens"; also "By Jane Doe and John Roe, Political Correspondent".
const BYLINE = /^(?:By|Written by|Words by|Reporting by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|bin|al|and|&|,))*(?:,\s*[\p{L} ]{2,60})?$/u;
// Navigation blocks that follow an article: "More Latest News", "See more Latest News", "More Topics".
const NAVIGATION_MARKER = /^(?:See more\b.*|More (?:Latest News|Topics|Stories|from .*|News|on this)|Latest News|Most (?:Read|Popular|Viewed)|Trending(?: Now)?|Related (?:Stories|Articles|Topics|Content)|You may also like|Top Stories|Highlights & Opinion|The News Explained|Editor's Picks|Don't miss)$/i;
// A label of a few capitalised words alone on its line above the article, ending in a colon, "BBC
// Online :" (issue 16): it names the page's source or section and states nothing. "He said:" (a verb
// in lower case) is prose, and inside the article such a line heads a list ("Did Not Practice:").
const LABEL = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}\s*:$/u;

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

export function findBoilerplate(text: string, options: BoilerplateOptions = {}): Boilerplate {
  const markup = options.markup ?? [];
  const excluded: ExcludedSpan[] = [...markup];
  let publishedAt: string | null = null;
  let dateline: Dateline | null = null;

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

  const title = headlineKey(options.title ?? '');
  let seenBody = false;
  article.forEach((line, index) => {
    const next = article[index + 1];
    const exclude = (reason: ExclusionReason, start = line.start, end = line.end) => excluded.push({ start, end, reason });
    const reason = classifyLine(line, next, seenBody);
    if (reason) {
      if (reason === 'dateline') publishedAt ??= readDateLine(line.text)?.date ?? null;
      exclude(reason);
      return;
    }
    let from = line.start;
    if (!seenBody) {
      // The headline given as the title, printed again at the top: alone on its line, or glued to the
      // first sentence.
      const repeated = title ? repeatedTitleLength(line.text, title) : 0;
      if (repeated === line.text.length) {
        exclude('headline');
        return;
      }
      if (repeated > 0) {
        exclude('headline', line.start, line.start + repeated);
        from = line.start + line.text.length - line.text.slice(repeated).trimStart().length;
      }
      const found = readPlaceDateline(text.slice(from, line.end), options.publishedAt ?? publishedAt);
      // A headline-like line is a headline, even when it begins with a place ("Russia: Putin says …").
      if (found && (from + found.length === line.end || !isHeadlineLike(line.text))) {
        dateline ??= found.dateline;
        exclude('dateline', from, from + found.length);
        if (from + found.length === line.end) return;
      }
    }
    const credit = creditTail(line.text);
    if (credit) {
      const creditStart = line.start + credit.start;
      const captionEnd = line.start + line.text.slice(0, credit.start).trimEnd().length;
      if (captionEnd > from) exclude('caption', from, captionEnd);
      exclude('credit', creditStart);
      return;
    }
    // The first unpunctuated line before the body is the headline; short unpunctuated lines inside
    // the article, and questions set as paragraphs of their own, are sub-headings. None states a claim.
    if (isHeadlineLike(line.text) && ((!seenBody && next) || wordCount(line.text) <= 6)) {
      exclude('headline');
      return;
    }
    if (seenBody && next && isQuestionSubheading(line.text) && standsAlone(text, line)) {
      exclude('headline');
      return;
    }
    seenBody = true;
  });

  return { excluded: normalizeSpans(excluded), publishedAt, dateline };
}

function classifyLine(line: Line, next: Line | undefined, seenBody: boolean): ExclusionReason | null {
  const { text } = line;
  const furniture = furnitureOf(text);
  if (furniture) return furniture;
  if (readDateLine(text)) return 'dateline';
  if (BYLINE.test(text) && wordCount(text) <= 12) return 'byline';
  if (!seenBody && LABEL.test(text) && !readPlaceDateline(text)) return 'metadata';
  // Seed 002 prints a caption, then the same caption again with its picture credit.
  if (next && isHeadlineLike(text) && next.text.startsWith(text) && creditTail(next.text)) return 'caption';
  return null;
}

/** A line that is a paragraph of its own: a blank line before and after it. */
function standsAlone(text: string, line: Line): boolean {
  return /\n\s*\n\s*$/.test(text.slice(Math.max(0, line.start - 8), line.start)) && /^\s*\n\s*\n/.test(text.slice(line.end, line.end + 8));
}

/** A headline reduced to what two printings of it share: letters and digits, lower case. */
function headlineKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How many characters at the start of a line print the title again (0 when it does not). */
function repeatedTitleLength(line: string, title: string): number {
  if (title.length < 12) return 0;
  let matched = 0;
  for (let index = 0; index < line.length; index++) {
    const key = headlineKey(line[index] as string);
    if (key.length === 0) continue;
    if (title.startsWith(key, matched)) matched += key.length;
    else return 0;
    if (matched === title.length) {
      // The headline ends where a new sentence begins: "…in June The US economy" is a headline glued
      // to the text, "…in June, when adjusted" (AllSides 5899) a lead sentence that opens with the
      // headline's words. A closing quote, "?" or "!" may end the headline; a full stop never does.
      const rest = line.slice(index + 1);
      if (/^[?!.:"'”’)]*$/u.test(rest)) return line.length;
      const close = /^[?!"'”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/u.exec(rest);
      return close ? index + 1 + close[0].length : 0;
    }
  }
  return 0;
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
    if (endsSentence(line.text) && wordCount(line.text) >= 6) bodyLines++;
  }
  return -1;
}

function startsHeadlineRun(lines: Line[], index: number): boolean {
  const window = lines.slice(index, index + 10);
  if (window.length < 8) return false;
  // Page furniture (a share bar, a comment form) is read line by line, not as a list of headlines.
  const isListedHeadline = (line: Line) => isHeadlineLike(line.text) && furnitureOf(line.text) === null;
  const headlines = window.filter(isListedHeadline).length;
  return isListedHeadline(lines[index] as Line) && headlines / window.length >= 0.7;
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
