import clauses from '../lexicons/clauses.json';
import hedges from '../lexicons/hedges.json';
import { isQuoted } from '../reading/quotations';
import { sameFamily } from '../reading/words';
import type { Token } from '../tokens';
import { analysisOf, isContent, spanOf, type Detector, type Reading } from './mention-view';

/**
 * Different certainty about the same fact. Seed pairs: "The move is a precautionary one" (ITV News)
 * vs "It is thought to be a precaution" (The Sun); "There is an estimated 100,000 troops" (ITV News)
 * vs "Russia has massed 100,000 troops" (LBC); "will return" vs "may return". Cues come from
 * lexicons/hedges.json and are read on the shared tokens, outside quotations (a speaker's "probably" is
 * theirs, not the outlet's) and outside subordinate clauses (reading/clauses.ts: "…, foreshadowing how
 * the responses may redraw the map" hedges what the sentence mentions, not what it reports). Bounds on a
 * figure ("about 200", "more than 1,000") are not hedges.
 */
type Level = 'possible' | 'reported';

interface HedgingReading extends Reading {
  /** The kinds of uncertainty expressed, none for a plain statement. */
  levels: ReadonlySet<Level>;
  /** Each cue's level and the content lemmas it hedges: the first few after it in its clause. */
  cues: readonly { level: Level; hedged: readonly string[] }[];
  /** The mention's content lemmas. */
  lemmas: ReadonlySet<string>;
  /** The levels of cues in its quotations: the speaker's own hedges. */
  quoted: ReadonlySet<Level>;
}

// A cue hedges the words that follow it in its clause: "may return", "an estimated 100,000 troops", "is
// thought to be a precaution".
const HEDGED_WORDS = 3;
const CLAUSE_BOUNDARIES = new Set(clauses.boundaries.punctuation);

const POSSIBLE_WORDS = new Set(hedges.possible.words);
const POSSIBLE_VERBS = new Set(hedges.possible.verbs);
const REPORTED_WORDS = new Set(hedges.reported.words);
const REPORTED_PASSIVES = new Set(hedges.reported.passives);
const ATTRIBUTIVE_POSSIBLE = new Set(hedges.attributive.possible);
const ATTRIBUTIVE_REPORTED = new Set(hedges.attributive.reported);
// Before these an epistemic adjective is attributive: "possible gang members", "an alleged Mafia boss".
const ATTRIBUTED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const DEGREE_WORDS = new Set(hedges.comparisons.before);
const THAN = new Set(hedges.comparisons.after);

export const hedgingDetector: Detector<HedgingReading> = {
  type: 'hedging',
  read(mention) {
    const { tokens, quotations, subordinate, contentLemmas } = analysisOf(mention);
    const cues: { token: Token; level: Level; hedged: string[] }[] = [];
    const quoted = new Set<Level>();
    tokens.forEach((token, index) => {
      const level = levelOf(tokens, index);
      if (!level) return;
      if (isQuoted(quotations, token.start, token.end)) quoted.add(level);
      else if (!subordinate.has(token)) cues.push({ token, level, hedged: hedgedBy(tokens, index) });
    });
    if (cues.length === 0) return { value: 'states it as fact', spans: [], levels: new Set(), cues, lemmas: contentLemmas, quoted };
    return {
      value: cues.map(({ token }) => token.value).join(', '),
      spans: cues.map(({ token }) => spanOf(mention, token.start, token.end - token.start)),
      levels: new Set(cues.map(({ level }) => level)),
      cues,
      lemmas: contentLemmas,
      quoted,
    };
  },
  compare(a, b) {
    const same = a.levels.size === b.levels.size && [...a.levels].every((level) => b.levels.has(level));
    if (same) return 'same';
    // The other outlet's speaker hedges in the quoted words ("“Or you might have a farmer from Iowa …”"
    // beside "warning that a farmer … could become chairman"): neither states it as plain fact.
    if (hedgedInQuote(a, b) || hedgedInQuote(b, a)) return 'unsure';
    // A hedge on words the other outlet does not say is about something else: "he could face up to 20
    // years" beside a plain account of the charges hedges no statement both make.
    return bearsOnOther(a, b) || bearsOnOther(b, a) ? 'differ' : 'unsure';
  },
  explain(readings) {
    return `The outlets are not equally sure: ${readings
      .map(({ outlet, reading }) => (reading.levels.size === 0 ? `${outlet} states it as fact` : `${outlet} hedges with “${reading.value}”`))
      .join('; ')}.`;
  },
};

/** Whether a level of `a`'s that `b` lacks in its own voice is in the words `b` quotes. */
function hedgedInQuote(a: HedgingReading, b: HedgingReading): boolean {
  return [...a.levels].some((level) => !b.levels.has(level) && b.quoted.has(level));
}

/** Whether one of `a`'s cues of a level `b` lacks hedges words `b` says too. */
function bearsOnOther(a: HedgingReading, b: HedgingReading): boolean {
  return a.cues.some(({ level, hedged }) => !b.levels.has(level) && hedged.some((lemma) => says(b.lemmas, lemma)));
}

/** Whether a mention's lemmas hold the lemma or one of its word family. */
function says(lemmas: ReadonlySet<string>, lemma: string): boolean {
  if (lemmas.has(lemma)) return true;
  for (const word of lemmas) if (sameFamily(lemma, word)) return true;
  return false;
}

/**
 * The content lemmas a cue hedges: the first few after it within its clause, and the common nouns of its
 * subject ("Around half of staff are expected to leave": half, staff, leave). Names are left out of the
 * subject ("Hunter could face 20 years in prison" hedges no other statement about Hunter), and so is what
 * another verb or a conjunction sets apart ("He was charged with fraud and could face 20 years").
 */
function hedgedBy(tokens: readonly Token[], cue: number): string[] {
  const hedged: string[] = [];
  const ends = (token: Token) => token.pos === 'PUNCT' && CLAUSE_BOUNDARIES.has(token.value);
  for (let index = cue + 1, after = 0; index < tokens.length && after < HEDGED_WORDS; index++) {
    const token = tokens[index] as Token;
    if (ends(token)) break;
    if (isContent(token)) {
      hedged.push(token.lemma);
      after++;
    }
  }
  for (let index = cue - 1; index >= 0; index--) {
    const token = tokens[index] as Token;
    if (ends(token) || token.pos === 'VERB' || token.pos === 'CCONJ') break;
    if (token.pos === 'NOUN' || token.pos === 'NUM') hedged.push(token.lemma);
  }
  return hedged;
}

/** Whether the token at `index` hedges, and how. */
function levelOf(tokens: readonly Token[], index: number): Level | null {
  const token = tokens[index] as Token;
  // "May" the month ("signed in May") or a name ("Theresa May") is no modal verb.
  if (token.pos === 'PROPN' || (token.lemma === 'may' && (tokens[index - 1]?.pos === 'ADP' || tokens[index - 1]?.pos === 'DET'))) return null;
  if (POSSIBLE_WORDS.has(token.lemma) || POSSIBLE_WORDS.has(token.value.toLowerCase())) {
    // "twice as likely to face reinfection", "more likely than": a comparison of likelihoods.
    const compared = DEGREE_WORDS.has(tokens[index - 1]?.lemma ?? '') || THAN.has(tokens[index + 1]?.lemma ?? '');
    return compared && token.pos === 'ADJ' ? null : 'possible';
  }
  // "seems to", "appeared that"; "suggests" hedges whatever follows ("Data suggests there is a risk").
  if (POSSIBLE_VERBS.has(token.lemma) && (token.lemma === 'suggest' || tokens[index + 1]?.lemma === 'to' || tokens[index + 1]?.lemma === 'that')) return 'possible';
  if (REPORTED_WORDS.has(token.value.toLowerCase())) return 'reported';
  const word = token.value.toLowerCase();
  if ((ATTRIBUTIVE_POSSIBLE.has(word) || ATTRIBUTIVE_REPORTED.has(word)) && ATTRIBUTED_TAGS.has(tokens[index + 1]?.pos ?? '')) {
    return ATTRIBUTIVE_POSSIBLE.has(word) ? 'possible' : 'reported';
  }
  // "is thought to", "are expected to", "it is believed that": a passive telling with nobody named.
  if (REPORTED_PASSIVES.has(token.lemma) && token.pos === 'VERB' && tokens[index - 1]?.lemma === 'be' && (tokens[index + 1]?.lemma === 'to' || tokens[index + 1]?.lemma === 'that')) return 'reported';
  return null;
}
