import furniture from './lexicons/page-furniture.json';
import type { ExclusionReason } from './types';

/**
 * Reads one line of a page against the page-furniture lexicon (lexicons/page-furniture.json): comment
 * forms, ad labels, newsroom notices, share and newsletter prompts, links to other articles, caption
 * labels and picture credits. The phrases are data; this file only turns them into matchers.
 */

interface FurnitureGroup {
  reason: string;
  lines?: string[];
  prefixes?: string[];
  bare?: string[];
  open?: string[];
  suffixes?: string[];
}

interface Matcher {
  reason: ExclusionReason;
  /** The whole line is furniture. */
  whole: RegExp | null;
  /** Prefix, then a separator and the rest. */
  separated: RegExp | null;
  /** Prefix, then a rest without a separator that must read as a headline. */
  bare: RegExp | null;
  /** Prefix, then any rest, in a short line. */
  open: RegExp | null;
  suffix: RegExp | null;
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: '{n}' a number, '{text}' up to 60 characters that do not end a sentence. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/(\{n\}|\{text\})/)
    .map((part) => (part === '{n}' ? '\\d[\\d,.]*' : part === '{text}' ? '[^.!?\\n]{1,60}' : escape(part).replace(/ /g, '\\s+')))
    .join('');
}

function alternatives(phrases: readonly string[] | undefined): string | null {
  if (!phrases || phrases.length === 0) return null;
  // Longest first, so that "Share this article" wins over "Share".
  return [...phrases].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
}

// A hyphen separates only between spaces: "Read more - …", not "Watch-list".
const SEPARATOR = '(?:\\s*[:|–—»]+\\s*|\\s+-+\\s+)';

function compile(group: FurnitureGroup): Matcher {
  const whole = alternatives(group.lines);
  const prefixes = group.prefixes ?? [];
  const single = alternatives(prefixes.filter((phrase) => !phrase.includes(' ')));
  const multi = alternatives(prefixes.filter((phrase) => phrase.includes(' ')));
  // A comma separates only after a phrase of two words or more ("Image caption, …"): "Above, the sky" is prose.
  const separated = [single && `(?:${single})${SEPARATOR}`, multi && `(?:${multi})(?:${SEPARATOR}|\\s*,\\s+)`].filter(Boolean).join('|');
  const bare = alternatives(group.bare);
  const open = alternatives(group.open);
  const suffix = alternatives(group.suffixes);
  return {
    reason: group.reason as ExclusionReason,
    whole: whole ? new RegExp(`^(?:${whole})[.:!]?$`, 'iu') : null,
    separated: separated ? new RegExp(`^(?:${separated})\\S`, 'iu') : null,
    bare: bare ? new RegExp(`^(?:${bare})\\s+\\S`, 'iu') : null,
    open: open ? new RegExp(`^(?:${open})(?:\\s|[.…:]|$)`, 'iu') : null,
    suffix: suffix ? new RegExp(`(?:${suffix})[.!]?$`, 'iu') : null,
  };
}

const { credits, subheadingQuestions } = furniture;
const MATCHERS: Matcher[] = Object.values(furniture).flatMap((group) => (typeof group === 'object' && 'reason' in group ? [compile(group)] : []));

const TERMINAL = /[.!?…]["'”’)\]]*$/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends as a sentence does: a full stop, "!", "?" or "…", and any closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

/** A line without a full stop at its end, of at most 30 words: a headline, a sub-heading, a label. */
export function isHeadlineLike(text: string): boolean {
  return !TERMINAL.test(text) && !text.endsWith(':') && wordCount(text) <= 30;
}

/** What kind of furniture a (trimmed) line is, or null for a line of the article. */
export function furnitureOf(line: string): ExclusionReason | null {
  const words = wordCount(line);
  for (const matcher of MATCHERS) {
    if (matcher.whole?.test(line)) return matcher.reason;
    if (matcher.separated?.test(line) && words <= 40) return matcher.reason;
    if (matcher.bare?.test(line) && isHeadlineLike(line)) return matcher.reason;
    if (matcher.open?.test(line) && words <= 25) return matcher.reason;
    if (matcher.suffix?.test(line) && words <= 40) return matcher.reason;
  }
  return null;
}

// A caption that ends in its picture's credit: "… in southern Russia. Credit: AP" (seed 000), "… on its
// border. Picture: Ukrainian Defense Ministry/Getty" (seed 002), "… (Getty Images)", and the credit
// printed against the caption, "…at the Capitol.CreditJoshua Roberts/Reuters" (BASIL 2018 dev).
const TAIL_WORDS = alternatives(credits.tailWords) as string;
const TAIL_OWNERS = alternatives(credits.tailOwners) as string;
const CREDIT_TAIL = new RegExp(
  `(?:^|[.!?'"”’)]\\s*|\\s)((?:${TAIL_WORDS})\\s*:\\s*[^.!?]{1,80}|\\((?:${TAIL_OWNERS})(?:[^)]{0,40})\\)|©\\s*[^.!?]{1,60})\\s*$|[.!?”’)]((?:${TAIL_WORDS})\\p{Lu}[^.!?]{1,80})$`,
  'u',
);

const QUESTION_OPENERS = new Set(subheadingQuestions.firstWords);

/**
 * A question that reads as a sub-heading: "What's next for Twitter now?" (issue 16). The caller checks
 * that it stands alone as a paragraph.
 */
export function isQuestionSubheading(line: string): boolean {
  const words = wordCount(line);
  const first = line.split(/\s+/)[0]?.toLowerCase() ?? '';
  return line.endsWith('?') && words >= 4 && words <= 10 && QUESTION_OPENERS.has(first) && !/["“”«»]/.test(line);
}

/** The picture credit at the end of a caption line, with where it starts in the line. */
export function creditTail(line: string): { start: number } | null {
  if (wordCount(line) > 60) return null;
  const match = CREDIT_TAIL.exec(line);
  const credit = match?.[1] ?? match?.[2];
  return credit ? { start: line.lastIndexOf(credit) } : null;
}
