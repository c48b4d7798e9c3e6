import tense from '../lexicons/tense.json';
import type { Token } from '../tokens';

/**
 * When a clause places its event, read on tokens: the earliest marker decides — a future form ("will",
 * "is expected to"; "would" only in reported speech), a present progressive ("is announcing"), a perfect
 * ("has purchased") or a past form ("said", "pleaded", "met": a verb written other than its lemma). No
 * marker: the present.
 */
export type Tense = 'future' | 'present' | 'past';

export interface TenseReading {
  tense: Tense;
  /** The token that decided, when one did. */
  marker: Token | null;
  /** Lemma of the main verb the marker belongs to ("will begin withdrawing" → "begin"), when found. */
  predicate: string | null;
}

const FUTURE_AUXILIARIES = new Set(tense.future.auxiliaries);
const FUTURE_IN_THE_PAST = new Set(tense.futureInThePast.auxiliaries);
const FUTURE_PHRASES = tense.future.phrases;
const PERFECT = new Set(tense.perfect.auxiliaries);
const MODALS = new Set(tense.modals.words);
const PRESENT_BE = new Set(tense.presentForms.be);
const PRESENT_OTHERS = new Set([...tense.presentForms.be, ...tense.presentForms.others]);
// Verbs that only carry the tense ("is expected to begin", "has begun"): the predicate comes after them.
const CARRIERS = new Set(['be', ...tense.perfect.auxiliaries, ...FUTURE_PHRASES.flat()]);

/**
 * The tense of a run of tokens (those of a clause, with quotations and asides left out); `reported` when
 * the clause is what someone is reported to have said ("Hamas said the cease-fire would begin …").
 */
export function readTense(tokens: readonly Token[], reported = false): TenseReading {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const marked = (found: Tense): TenseReading => ({ tense: found, marker: token, predicate: predicateAfter(tokens, index) });
    const word = token.value.toLowerCase();
    const verbal = token.pos === 'AUX' || token.pos === 'VERB';
    if (verbal && (FUTURE_AUXILIARIES.has(word) || (reported && FUTURE_IN_THE_PAST.has(word)))) return marked('future');
    // "could be sent", or "would not apply" in the outlet's own words: a modal commits to no time.
    if (token.pos === 'AUX' && (MODALS.has(word) || FUTURE_IN_THE_PAST.has(word))) return { tense: 'present', marker: null, predicate: null };
    if (FUTURE_PHRASES.some((phrase) => phrase.every((lemma, offset) => tokens[index + offset]?.lemma === lemma))) return marked('future');
    if (token.lemma === 'be' && isPresentForm(token) && tokens[index + 1]?.pos === 'VERB' && tokens[index + 1]?.value.toLowerCase().endsWith('ing')) return marked('present');
    if (PERFECT.has(token.lemma) && token.pos === 'AUX' && tokens[index + 1]?.pos === 'VERB') return marked('past');
    if ((token.pos === 'VERB' || token.pos === 'AUX') && isPastForm(token) && !isAttributive(tokens, index)) return marked('past');
  }
  return { tense: 'present', marker: null, predicate: null };
}

function isPresentForm(token: Token): boolean {
  return PRESENT_BE.has(token.value.toLowerCase());
}

/**
 * "said" / "say", "met" / "meet", "pleaded" / "plead": not the lemma, its -s form ("applies" / "apply":
 * "The policy only applies to married couples") nor its -ing form.
 */
function isPastForm(token: Token): boolean {
  const value = token.value.toLowerCase();
  const lemma = token.lemma;
  const thirdPerson = value === `${lemma}s` || value === `${lemma}es` || (lemma.endsWith('y') && value === `${lemma.slice(0, -1)}ies`);
  if (value === lemma || value.endsWith('ing') || thirdPerson || value.endsWith("'s")) return false;
  // "has", "does", "is", "are": present forms of the irregular auxiliaries.
  if (PRESENT_OTHERS.has(value)) return false;
  return /^\p{L}+$/u.test(value);
}

/** "the proposed law", "a planned visit": a participle describing a noun tells no time. */
function isAttributive(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ') && after !== undefined && after.pos === 'NOUN';
}

/** The lemma of the first verb from the marker on that is not an auxiliary ("will begin" → "begin"). */
function predicateAfter(tokens: readonly Token[], from: number): string | null {
  for (let index = from; index < tokens.length && index < from + 5; index++) {
    const token = tokens[index] as Token;
    if (token.pos === 'VERB' && !CARRIERS.has(token.lemma)) return token.lemma;
  }
  return null;
}
