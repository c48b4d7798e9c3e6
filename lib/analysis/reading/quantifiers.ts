import clauses from '../lexicons/clauses.json';
import scope from '../lexicons/scope.json';
import { STOPWORDS } from '../lexicons/stopwords';
import type { Token } from '../tokens';
import { isQuoted, type Quotation } from './quotations';

/**
 * The quantifiers that give a statement its extent, read on tokens: all of something ("the families of
 * all American personnel", "every member of staff") or a part of it ("Some House Democrats", "most
 * abortions"), with the words they govern. The same words that count a figure ("some 200 foreigners"),
 * bound one ("as many as 200"), measure a time ("a few hours later", "every day"), modify an adverb ("most
 * importantly"), make a superlative ("the most serious") or a reciprocal ("each other") give no extent,
 * and neither does a quantifier that governs no word ("…, each, CNN reported").
 */
export interface Quantifier {
  token: Token;
  kind: 'all' | 'part';
  /**
   * Lemmas of the words it governs: the first three content words after it in its clause ("all American
   * personnel") and the head of "X of all …" ("families").
   */
  quantified: readonly string[];
  /** Inside a quotation: the speaker's extent, not the outlet's. */
  quoted: boolean;
}

const UNIVERSAL = new Set(scope.universal.lemmas);
const PARTIAL = new Set(scope.partial.lemmas);
const BEFORE_FIGURE = new Set(scope.approximateFigure.before);
const BOUND_AFTER = new Set(scope.approximateFigure.after);
const TIME_UNITS = new Set(scope.time.units);
const BETWEEN_TIME = new Set(scope.time.between);
const BETWEEN_TIME_TAGS = new Set(scope.time.betweenTags);
const RECIPROCALS = scope.reciprocal.phrases;
const SUPERLATIVE_AFTER = new Set(scope.superlative.after);
const BEFORE_ADVERB = new Set(scope.adverbs.before);
const BOUNDARIES = new Set(clauses.boundaries.punctuation);
// Words, not figures or signs: "all 50 states" governs "states", and "$" would meet any other figure.
const FIGURE_TAGS = new Set(['PUNCT', 'NUM', 'SYM']);

interface Words {
  tokens: readonly Token[];
  quotations: readonly Quotation[];
}

/** Every quantifier of a mention that gives an extent, in order. */
export function readQuantifiers({ tokens, quotations }: Words): Quantifier[] {
  const found: Quantifier[] = [];
  tokens.forEach((token, index) => {
    // The word as written: wink's lemma of "more" is "many" and of "fewer" is "few".
    const word = token.value.toLowerCase();
    const kind = UNIVERSAL.has(word) ? 'all' : PARTIAL.has(word) ? 'part' : null;
    if (!kind || token.pos === 'PUNCT' || isException(tokens, index, kind)) return;
    const quantified = [...governed(tokens, index), ...headBefore(tokens, index)];
    if (quantified.length === 0) return;
    found.push({ token, kind, quantified, quoted: isQuoted(quotations, token.start, token.end) });
  });
  return found;
}

/**
 * "some 200 foreigners", "as many as 200", "at most 300", "most importantly", "a few (more) hours later",
 * "every (four) years", "the most serious", "each other".
 */
function isException(tokens: readonly Token[], index: number, kind: 'all' | 'part'): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  const before = tokens[index - 1];
  if (next === undefined) return false;
  if (kind === 'part' && (BEFORE_FIGURE.has(next.pos) || (before !== undefined && BOUND_AFTER.has(before.lemma)))) return true;
  if (BEFORE_ADVERB.has(next.pos)) return true;
  const unit = BETWEEN_TIME.has(next.lemma) || BETWEEN_TIME_TAGS.has(next.pos) ? tokens[index + 2] : next;
  if (unit !== undefined && TIME_UNITS.has(unit.lemma)) return true;
  if (RECIPROCALS.some((phrase) => phrase.every((word, offset) => tokens[index + offset]?.value.toLowerCase() === word))) return true;
  return token.value.toLowerCase() === 'most' && before !== undefined && SUPERLATIVE_AFTER.has(before.lemma);
}

/** The first three content words after the quantifier, within its clause. */
function governed(tokens: readonly Token[], index: number): string[] {
  const words: string[] = [];
  for (let next = index + 1; next < tokens.length && words.length < 3; next++) {
    const token = tokens[next] as Token;
    if (token.pos === 'PUNCT' && BOUNDARIES.has(token.value)) break;
    if (!FIGURE_TAGS.has(token.pos) && !STOPWORDS.has(token.value.toLowerCase())) words.push(token.lemma);
  }
  return words;
}

/** "the families of all …": the head before "of (the)". */
function headBefore(tokens: readonly Token[], index: number): string[] {
  let before = index - 1;
  if (tokens[before]?.lemma === 'the') before--;
  if (tokens[before]?.lemma !== 'of') return [];
  const head = tokens[before - 1];
  return head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN') ? [head.lemma] : [];
}
