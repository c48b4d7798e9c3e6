import { readPlaceDateline } from './dateline';
import { isKnownWord } from './lexicons/word-weights';
import { endsSentence } from './page-furniture';

const SUMMARY_LENGTH = 240;

// A text cut off by its source, "…to an instan..." (AllSides bodies end so): the last word is a fragment.
const CUT_OFF = /(?:\.\.\.|…)$/;
// Single quotes are left alone: ’ is as often an apostrophe ("the players’").
const OPENING_QUOTES = '"“';
const CLOSING_QUOTES = '"”';

/** Whether a mention reads as a whole sentence: it opens with a capital and ends as a sentence ends. */
function isComplete(text: string): boolean {
  const line = text.trim();
  return /^["“‘(]?[\p{Lu}\p{N}]/u.test(line) && endsSentence(line) && !CUT_OFF.test(line) && readPlaceDateline(line) === null && quotesBalance(line);
}

/** Straight double quotes pair up, and so do curly ones. */
function quotesBalance(text: string): boolean {
  const count = (char: string) => [...text].filter((found) => found === char).length;
  return count('"') % 2 === 0 && count('“') === count('”');
}

/**
 * A claim's title for lists: the clearest of its mentions — the first (in story order) that is a
 * whole sentence, else the first — with whitespace collapsed, a dateline, a stray quote mark and a
 * word cut off by the source removed, a capital at the start, and cut at a word with "…" if long.
 */
export function summarize(mentions: readonly { text: string }[]): string {
  const clearest = mentions.find((mention) => isComplete(mention.text)) ?? mentions[0];
  return titleOf(clearest?.text ?? '');
}

function titleOf(text: string): string {
  let line = text.replace(/\s+/g, ' ').trim();
  const dateline = readPlaceDateline(line);
  if (dateline && dateline.length < line.length) line = line.slice(dateline.length).trimStart();
  let cut = false;
  if (CUT_OFF.test(line)) {
    line = line.replace(CUT_OFF, '');
    // The last word may be one the source cut in two ("an instan..."): drop it unless it is a word
    // (SUBTLEX-US knows "Passage") or a number.
    const lastSpace = line.lastIndexOf(' ');
    const last = line.slice(lastSpace + 1);
    if (lastSpace > 0 && /\p{L}$/u.test(last) && !isKnownWord(last.replace(/^\P{L}+/u, '').toLowerCase())) line = line.slice(0, lastSpace);
    cut = true;
  }
  line = withoutStrayQuotes(line);
  line = line.charAt(0).toLocaleUpperCase('en') + line.slice(1);
  if (line.length > SUMMARY_LENGTH) {
    const space = line.lastIndexOf(' ', SUMMARY_LENGTH);
    line = line.slice(0, space > 0 ? space : SUMMARY_LENGTH);
    cut = true;
  }
  return cut ? `${line.replace(/[\s,;:–—-]+$/u, '')}…` : line;
}

/** Drops a quote mark that opens with no close ("“We are worried.") or closes with no opening. */
function withoutStrayQuotes(line: string): string {
  let result = line;
  if (!quotesBalance(result) && OPENING_QUOTES.includes(result.charAt(0))) result = result.slice(1).trimStart();
  if (!quotesBalance(result) && CLOSING_QUOTES.includes(result.charAt(result.length - 1))) result = result.slice(0, -1).trimEnd();
  if (!quotesBalance(result) && /^[^"“”]*["“”]\s/u.test(result) && !/["“”][^"“”]*["“”]/u.test(result)) {
    // A closing mark mid-line whose quotation began in the sentence before: `worried," he said.`
    result = result.replace(/["“”]/u, '');
  }
  return result;
}
