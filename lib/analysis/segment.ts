import reporting from './lexicons/reporting.json';
import type { Span } from './types';

/**
 * Splits article text into claim-sized spans: sentences first (abbreviations, initials, "U.S." and
 * quotations handled), then compound sentences that assert separate facts. Every span is an exact
 * range of the text, trimmed of surrounding whitespace.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'st', 'mt', 'ft', 'ave', 'blvd', 'rd', 'jr', 'sr', 'inc',
  'ltd', 'co', 'corp', 'plc', 'llc', 'dept', 'univ', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thurs', 'fri', 'sat', 'sun', 'al', 'lieut', 'cpl', 'pvt', 'brig', 'atty', 'messrs',
]);

// After "U.S." a capitalised word usually continues the sentence ("U.S. officials"); these words
// usually start a new one.
const SENTENCE_STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'A', 'This', 'That', 'There', 'His', 'Her', 'Their', 'Its', 'Meanwhile', 'However']);

// Written forms of reporting verbs and subject pronouns, matched in raw text (reporting.json surfaceForms).
const REPORTING_VERBS = reporting.surfaceForms.verbs.join('|');
const PRONOUNS = reporting.surfaceForms.pronouns.join('|');
// A question or exclamation closing a quotation, and a sentence that is only a speaker and a reporting
// verb ("Trump said.", "said Mr. Smith.", "she asked.").
const QUOTED_QUESTION_END = /[?!]["”’]\s*$/u;
const NAME_WORD = "[\\p{Lu}][\\p{L}.’'-]*";
const TAIL_VERBS = [REPORTING_VERBS, ...reporting.surfaceForms.questionVerbs].join('|');
const ATTRIBUTION_ALONE = new RegExp(`^(?:(?:${NAME_WORD}\\s+){1,4}|(?:${PRONOUNS})\\s+)(?:${TAIL_VERBS})\\.$|^(?:${TAIL_VERBS})(?:\\s+${NAME_WORD}){1,4}\\.$`, 'u');

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Sentence spans of one region of `text` (a paragraph or several). Newlines always end a sentence. */
export function splitSentences(text: string, region: Span): Span[] {
  const sentences: Span[] = [];
  const linePattern = /[^\n]+/g;
  const regionText = text.slice(region.start, region.end);
  for (let line = linePattern.exec(regionText); line; line = linePattern.exec(regionText)) {
    const lineStart = region.start + line.index;
    let pieceStart = lineStart;
    const pieces: Span[] = [];
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(line[0]); match; match = BOUNDARY.exec(line[0])) {
      const end = lineStart + match.index + match[0].length;
      if (isBoundary(text, pieceStart, lineStart + match.index, end)) {
        pieces.push({ start: pieceStart, end });
        pieceStart = end;
      }
    }
    pieces.push({ start: pieceStart, end: lineStart + line[0].length });
    for (const piece of mergeSplitQuotations(text, pieces)) {
      const trimmed = trim(text, piece);
      if (trimmed.end > trimmed.start && /[\p{L}\p{N}]/u.test(text.slice(trimmed.start, trimmed.end))) sentences.push(trimmed);
    }
  }
  return sentences;
}

function isBoundary(text: string, pieceStart: number, punctuation: number, end: number): boolean {
  if (text[punctuation] !== '.') return true;
  const before = text.slice(pieceStart, punctuation);
  const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  const next = /^\s+["'“‘(\[]?([\p{L}\p{N}]+)/u.exec(text.slice(end))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial ("J. Smith") or a dotted acronym ("U.S.", "p.m."): only a clear sentence starter follows a new sentence.
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(next);
  return true;
}

/**
 * `"We are worried. We stand with our allies," he said.` is one sentence: a split inside an open
 * quotation is undone when the quotation closes into its attribution. So is a split after a question or
 * an exclamation that closes a quotation, before its attribution alone (“Come to think of it, does anyone
 * get attacked more than me?” Trump said. — BASIL 2018, blind dev split, where "Trump said." stood alone).
 */
function mergeSplitQuotations(text: string, pieces: Span[]): Span[] {
  const merged: Span[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    const [before, current] = last ? [text.slice(last.start, last.end), text.slice(piece.start, piece.end)] : ['', ''];
    if (last && ((endsInsideQuotation(before) && closesIntoAttribution(current)) || (QUOTED_QUESTION_END.test(before) && ATTRIBUTION_ALONE.test(current.trim())))) {
      last.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function endsInsideQuotation(sentence: string): boolean {
  let open = false;
  for (const char of sentence) {
    if (char === '“') open = true;
    else if (char === '”') open = false;
    else if (char === '"') open = !open;
  }
  return open;
}

const CLOSES_INTO_ATTRIBUTION = new RegExp(`^[^"”]*["”]\\s*(?:\\p{Ll}|(?:${PRONOUNS})\\b)`, 'u');

function closesIntoAttribution(sentence: string): boolean {
  return CLOSES_INTO_ATTRIBUTION.test(sentence) || /^[^"”]*[,]["”]/u.test(sentence);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}


// "…, and said that non-essential embassy staff could leave" (seed 000): a second fact with the same subject.
const SAME_SUBJECT_CLAUSE = new RegExp(`^,\\s+(?:and|but)\\s+(?=(?:also\\s+)?(?:${REPORTING_VERBS})\\b)`, 'u');
// "…can leave, and other US citizens have been urged to do the same" (seed 001): a new subject and verb.
// A conjunction followed directly by a verb ("…, but could not be retrieved") continues the same
// clause and is not split.
const NEW_CLAUSE = /^(?:,\s+(?:and|but|while)\s+|;\s+(?:and\s+|but\s+)?)(?!(?:also|then|now|still|so)\b)(?=(?:[\p{L}’'-]+\s+){1,5}?(?:is|are|was|were|has|have|had|will|would|could|can|must|may|might|should|did|does|said|says)\b)/u;
// "Vladimir Putin has around 100,000 troops … near the border after talks to avert a bloody conflict
// failed to reach a breakthrough" (seed 001): the talks failing is a fact of its own, which other
// outlets report on its own. Only a clause follows (a subject, then a finite verb), never a gerund
// ("after meeting officials").
const AFTER_CLAUSE = /^ after\s+(?!\p{L}+ing\b|(?:he|she|it|they|we|I|you)\b)(?=(?:[\p{L}’'-]+\s+){1,7}?(?:is|are|was|were|has|have|had|will|would|could|did|said|says|\p{Ll}+ed)\b)/u;
// "Mailblocks was founded five years after WebTV was acquired": a measured "after" dates one fact by
// the other; it does not add a second.
const MEASURED_BEFORE = /(?:\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|shortly|soon|just|long|right|immediately|only|moments?)|\d)$/i;
const MIN_WORDS = 4;

/**
 * Splits a sentence that asserts separate facts: "The department told X that they must leave the
 * country, and said that Y could leave" becomes two claims, because other outlets report each half
 * on its own. Splits only outside quotations and only where both halves are clauses of their own.
 */
export function splitCompound(text: string, sentence: Span): Span[] {
  const parts: Span[] = [];
  let start = sentence.start;
  let quoteOpen = false;
  for (let index = sentence.start; index < sentence.end; index++) {
    const char = text[index];
    if (char === '“') quoteOpen = true;
    else if (char === '”') quoteOpen = false;
    else if (char === '"') quoteOpen = !quoteOpen;
    const after = char === ' ' && text.startsWith(' after ', index) && !MEASURED_BEFORE.test(text.slice(Math.max(sentence.start, index - 30), index));
    if (quoteOpen || (char !== ',' && char !== ';' && !after)) continue;
    const rest = text.slice(index, Math.min(sentence.end, index + 120));
    const match = after ? AFTER_CLAUSE.exec(rest) : (SAME_SUBJECT_CLAUSE.exec(rest) ?? NEW_CLAUSE.exec(rest));
    if (!match) continue;
    const nextStart = index + match[0].length;
    if (words(text, start, index) >= MIN_WORDS && words(text, nextStart, sentence.end) >= MIN_WORDS) {
      parts.push({ start, end: index });
      start = nextStart;
    }
  }
  parts.push({ start, end: sentence.end });
  return parts.map((part) => trim(text, part));
}

function words(text: string, start: number, end: number): number {
  return text.slice(start, end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The sentences of the included regions of an article, each with its claim spans. */
export function segmentSentences(text: string, regions: readonly Span[]): { sentence: Span; claims: Span[] }[] {
  return regions.flatMap((region) => splitSentences(text, region).map((sentence) => ({ sentence, claims: splitCompound(text, sentence) })));
}
