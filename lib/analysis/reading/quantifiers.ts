import scope from '../lexicons/scope.json';
import { STOPWORDS } from '../lexicons/stopwords';
import type { Token } from '../tokens';
import { isQuoted, type Quotation } from './quotations';
import { singular } from './words';

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
   * Lemmas of the words it governs: the content words of the noun phrase after it ("all American
   * personnel", "all of the major platforms") and the head of "X of all …" ("families").
   */
  quantified: readonly string[];
  /** The heads of those noun phrases ("personnel", "families"): what the extent is of. */
  heads: readonly string[];
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
const APPROXIMATORS = new Set(scope.approximators.words);
// Words, not figures or signs: "all 50 states" governs "states", and "$" would meet any other figure.
const FIGURE_TAGS = new Set(['PUNCT', 'NUM', 'SYM']);
// What a noun phrase after a quantifier is made of: "all 50 American states", "some House Democrats".
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'SYM']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN']);

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
    const written = UNIVERSAL.has(word) ? 'all' : PARTIAL.has(word) ? 'part' : null;
    if (!written || token.pos === 'PUNCT' || isException(tokens, index, written)) return;
    // "almost all of the major platforms", "not every state": an approximated whole is a part.
    const kind = written === 'all' && APPROXIMATORS.has(tokens[index - 1]?.value.toLowerCase() ?? '') ? 'part' : written;
    const after = governed(tokens, index);
    const before = headBefore(tokens, index);
    const quantified = [...after.words, ...before];
    if (quantified.length === 0) return;
    const heads = [...after.heads, ...before];
    found.push({ token, kind, quantified, heads, quoted: isQuoted(quotations, token.start, token.end) });
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

/**
 * The noun phrase after the quantifier, past "of" and determiners ("all of the major platforms"), and one
 * "of" phrase after it ("every member of staff"): its content words and its heads, each phrase's last
 * noun. A verb or another preposition ends it: "Some House Democrats proposed …" governs "House Democrats".
 */
function governed(tokens: readonly Token[], index: number): { words: string[]; heads: string[] } {
  const words: string[] = [];
  const heads: string[] = [];
  let next = index + 1;
  for (let phrase = 0; phrase < 2; phrase++) {
    if (tokens[next]?.lemma === 'of') next++;
    while (tokens[next]?.pos === 'DET') next++;
    let head: string | null = null;
    for (; next < tokens.length && inNounPhrase(tokens, next); next++) {
      const token = tokens[next] as Token;
      if (!FIGURE_TAGS.has(token.pos) && !STOPWORDS.has(token.value.toLowerCase())) words.push(token.lemma);
      if (HEAD_TAGS.has(token.pos)) head = headKey(token);
    }
    if (head === null) break;
    heads.push(head);
    if (tokens[next]?.lemma !== 'of') break;
  }
  return { words, heads };
}

/**
 * Whether the token continues a noun phrase: a noun, name, adjective or figure, or a participle before one
 * ("all remaining troops", "every registered voter": tagged as verbs).
 */
function inNounPhrase(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (NOUN_PHRASE_TAGS.has(token.pos)) return true;
  return token.pos === 'VERB' && HEAD_TAGS.has(tokens[index + 1]?.pos ?? '');
}

/** A head noun as compared: "Schools" opening a sentence (read as a name) is the "schools" of another. */
const headKey = (token: Token) => (token.pos === 'NOUN' ? token.lemma : singular(token.value.toLowerCase()));

/**
 * The heads of a mention's noun phrases: nouns no other noun follows ("school" in "every school", not in
 * "school grounds"). A quantifier's extent bears on another outlet's words only where that outlet speaks of
 * the same things: "in every American school" says nothing new beside "school personnel".
 */
export function nounHeads(tokens: readonly Token[]): Set<string> {
  const heads = new Set<string>();
  tokens.forEach((token, index) => {
    if (HEAD_TAGS.has(token.pos) && !HEAD_TAGS.has(tokens[index + 1]?.pos ?? '')) heads.add(headKey(token));
  });
  return heads;
}

/** "the families of all …": the head before "of (the)". */
function headBefore(tokens: readonly Token[], index: number): string[] {
  let before = index - 1;
  if (tokens[before]?.lemma === 'the') before--;
  if (tokens[before]?.lemma !== 'of') return [];
  const head = tokens[before - 1];
  return head !== undefined && HEAD_TAGS.has(head.pos) ? [headKey(head)] : [];
}
