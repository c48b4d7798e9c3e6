/** What a detector sees of one outlet's statement of a claim. */
export interface MentionView {
  articleId: string;
  /** Outlet name for explanations; the article id when the outlet is unknown. */
  outlet: string;
  /** The mention's text and where it starts in the article. */
  text: string;
  start: number;
}

/** One outlet's part in a difference: its words and their spans (article offsets). */
export interface Reading {
  value: string;
  spans: [number, number][];
  /** What the detector compares, when that is not `value` itself (a canonical form). */
  key: string;
}

/** A detector reads one aspect of every mention; mentions whose readings differ make a discrepancy. */
export interface Detector {
  type: import('../types').DiscrepancyType;
  /** The aspect's reading for one mention, or null when the mention says nothing about it. */
  read(mention: MentionView): Reading | null;
  /** Whether two readings differ in substance (not only in form). */
  differ(a: Reading, b: Reading): boolean;
  explain(readings: { outlet: string; reading: Reading }[]): string;
}

/** Span of `part` found inside the mention, as article offsets. */
export function spanOf(mention: MentionView, index: number, length: number): [number, number] {
  return [mention.start + index, mention.start + index + length];
}

/** Lower-case words only: the form-insensitive comparison key of a phrase. */
export function wordsOf(text: string): string {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** "ITV News says “around half”; The Sun says “half”." */
export function quoteEach(readings: readonly { outlet: string; reading: Reading }[], verb: string): string {
  return `${readings.map(({ outlet, reading }) => `${outlet} ${verb} “${reading.value}”`).join('; ')}.`;
}

/** The quotations of a text ("…" or “…”): where each starts and ends, marks included, and its words. */
export function quotations(text: string): { start: number; end: number; inner: string }[] {
  return [...text.matchAll(/"([^"]*)"|“([^”]*)”/g)].map((match) => ({
    start: match.index as number,
    end: (match.index as number) + match[0].length,
    inner: (match[1] ?? match[2]) as string,
  }));
}

// Small words a title keeps in lower case ("State of the Union").
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with']);

/**
 * A programme, book or film named in quotation marks is no quotation: Fauci said on ABC's "This Week",
 * Becerra said on CNN's "New Day." Short, every word capitalised but the small ones, and no cry ("Freedom!").
 */
export function isTitle(quoted: string): boolean {
  const words = quoted.replace(/[.,]$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || /[!?]$/.test(quoted.trim())) return false;
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && TITLE_SMALL_WORDS.has(word)));
}
