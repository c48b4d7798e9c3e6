import clauses from '../lexicons/clauses.json';
import negation from '../lexicons/negation.json';
import reporting from '../lexicons/reporting.json';
import type { Token } from '../tokens';
import { clausesOf } from './clauses';
import type { Credit } from './credit';
import { isQuoted, type Quotation } from './quotations';

/**
 * Whether a sentence asserts or denies its main predicate, read on tokens: the main verb is the first
 * verb of the first clause that is not a fronted phrase ("In Berlin, …"), an aside or a telling frame
 * ("The State Department said …" frames "the announcement does not constitute an evacuation"). A
 * negation counts only where it bears on that verb, as wink's negation flags show: in its auxiliaries
 * ("does not constitute", "isn't safe"), its subject ("No specific event occurred") or its object ("has
 * no plans"). A negation in another clause ("…, including some who did not work for him") or an aside
 * leaves the sentence asserted. A denial verb ("The company denied the report") denies its counterparts
 * ("confirmed"): a fact about the one who denies, never the outlet's own denial of what was denied.
 */
export interface PolarityReading {
  polarity: 'asserted' | 'denied';
  /** The main verb (a copula or "have" when no other verb follows its auxiliaries). */
  verb: Token;
  /** The lemmas the main verb is read as: its own, or a denial's counterparts ("deny" → confirm, admit …). */
  predicates: readonly string[];
  /** The negation or the denial verb, when denied. */
  cue: Token | null;
  /** Lemma of the subject's head word ("The State Department said the announcement …" → "announcement"). */
  subject: string | null;
  /** Lemmas of the content words after the verb in its clause, in order ("constitute an evacuation" → evacuation). */
  objects: readonly string[];
  /** The words read, as offsets: the verb with its auxiliaries and negation ("does not constitute", "has no"). */
  start: number;
  end: number;
  /** The main verb lies inside a quotation: someone else's words, not the outlet's statement. */
  quoted: boolean;
}

const RELATIVES = new Set(clauses.relatives.lemmas);
const COMPLEMENTIZERS = new Set(clauses.complementizers.lemmas);
const ADVERBS = new Set(negation.adverbs.lemmas);
const PHRASES = negation.adverbs.phrases;
const DETERMINERS = new Set(negation.determiners.lemmas);
const DENIALS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(negation.denials.verbs));
const COUNTERPARTS = new Set([...DENIALS.values()].flat());
const SIDE_TAKING = new Set(negation.frames.sideTaking);
// Reporting verbs that only frame what follows; the denials, their counterparts and advice verbs do not.
const FRAMES = new Set(reporting.verbs.lemmas.filter((lemma) => !DENIALS.has(lemma) && !COUNTERPARTS.has(lemma) && !SIDE_TAKING.has(lemma)));
const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

interface Words {
  tokens: readonly Token[];
  quotations: readonly Quotation[];
  credit: Credit;
}

/** The polarity of a mention's main predicate, or null when its main verb cannot be told. */
export function readPolarity({ tokens, quotations, credit }: Words): PolarityReading | null {
  const found = mainVerb(tokens, credit);
  if (!found) return null;
  const { clause, chainStart, subjectFrom } = found;
  const chainEnd = chainEndOf(clause, chainStart);
  const chain = clause.slice(chainStart, chainEnd);
  const verb = chain.findLast((token) => token.pos === 'VERB') ?? (chain.findLast((token) => token.pos === 'AUX') as Token);
  const subjectWords = clause.slice(subjectFrom, chainStart);
  const objectWords = untilSubordinate(clause.slice(chainEnd));
  const cue = chainCue(chain, clause, chainStart) ?? determinerCue(subjectWords, objectWords, verb, clause, chainEnd);
  // "He was denied bail" is no denial; "Russia is denying the report" is one.
  const passive = chain.some((token) => token.lemma === 'be') && !verb.value.toLowerCase().endsWith('ing');
  const counterparts = passive ? undefined : DENIALS.get(verb.lemma);
  // "did not deny": a denial denied says neither yes nor no.
  if (counterparts && cue) return null;
  const end = Math.max((chain.at(-1) as Token).end, cue?.end ?? 0);
  return {
    polarity: cue || counterparts ? 'denied' : 'asserted',
    verb,
    predicates: counterparts ?? [verb.lemma],
    cue: cue ?? (counterparts ? verb : null),
    subject: subjectWords.findLast((token) => HEAD_TAGS.has(token.pos))?.lemma ?? null,
    objects: objectWords.filter((token) => CONTENT_TAGS.has(token.pos)).map((token) => token.lemma),
    start: (chain[0] as Token).start,
    end,
    quoted: isQuoted(quotations, verb.start, verb.end),
  };
}

interface MainVerb {
  /** The tokens of the clause that holds the main verb. */
  clause: Token[];
  /** Where the verb's chain (auxiliaries, negation, verb) starts, and where its subject may start. */
  chainStart: number;
  subjectFrom: number;
}

/** The first clause's main verb, past fronted phrases, asides and a telling frame; null when unclear. */
function mainVerb(tokens: readonly Token[], credit: Credit): MainVerb | null {
  const telling = credit.kind === 'none' ? null : credit.telling;
  const framing = (token: Token) => telling !== null && telling.start <= token.start && token.end <= telling.end && FRAMES.has(token.lemma);
  let framed = false;
  for (const clause of clausesOf(tokens)) {
    const first = clause[0] as Token;
    // "In Berlin, …", "After the talks failed, …", "Citing security, …", ", who …": not the main clause.
    if (!framed && (first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'VERB' || RELATIVES.has(first.lemma))) continue;
    let subjectFrom = 0;
    for (let index = 0; index < clause.length; index++) {
      const token = clause[index] as Token;
      if (framing(token)) {
        framed = true;
        subjectFrom = index + 1;
      } else if (framed && COMPLEMENTIZERS.has(token.lemma) && token.pos === 'SCONJ') {
        subjectFrom = index + 1;
      } else if (token.pos === 'SCONJ' || RELATIVES.has(token.lemma)) {
        // "The man who shot him was not arrested": without commas, where the aside ends is unclear.
        return null;
      } else if (token.pos === 'VERB' || token.pos === 'AUX') {
        return { clause, chainStart: index, subjectFrom };
      }
    }
  }
  return null;
}

/**
 * Auxiliaries, adverbs and negations up to and with the first full verb: "has not yet resigned"; with no
 * full verb ("is not safe", "has no plans") the chain is the auxiliaries and the verb is the last of them.
 */
function chainEndOf(clause: readonly Token[], start: number): number {
  let index = start;
  while (index < clause.length) {
    const token = clause[index] as Token;
    const phrase = phraseAt(clause, index);
    if (phrase > 0) index += phrase;
    else if (token.pos === 'VERB' && index > start && isThirdPerson(token)) break;
    else if (token.pos === 'VERB') return index + 1;
    else if (token.pos === 'AUX' || token.pos === 'ADV' || (token.pos === 'PART' && ADVERBS.has(token.lemma))) index++;
    else break;
  }
  return index;
}

/**
 * "has plans" (wink tags "plans" a verb): an -s form cannot follow an auxiliary, so it is the noun the
 * auxiliary has.
 */
function isThirdPerson(token: Token): boolean {
  const value = token.value.toLowerCase();
  return value === `${token.lemma}s` || value === `${token.lemma}es`;
}

/** Length of a negation phrase at `index` ("no longer"), or 0. */
function phraseAt(clause: readonly Token[], index: number): number {
  return PHRASES.find((phrase) => phrase.every((lemma, offset) => clause[index + offset]?.lemma === lemma))?.length ?? 0;
}

/** A negation among the verb's auxiliaries that wink sees bearing on what follows it. */
function chainCue(chain: readonly Token[], clause: readonly Token[], chainStart: number): Token | null {
  for (let index = 0; index < chain.length; index++) {
    const token = chain[index] as Token;
    const phrase = phraseAt(chain, index);
    const cue = ADVERBS.has(token.lemma) || phrase > 0;
    if (cue && clause[chainStart + index + Math.max(phrase, 1)]?.negated) return token;
  }
  return null;
}

/** "No specific event occurred", "has no plans": a negative determiner of the subject or of the object. */
function determinerCue(subject: readonly Token[], object: readonly Token[], verb: Token, clause: readonly Token[], chainEnd: number): Token | null {
  const inSubject = subject.find((token) => DETERMINERS.has(token.lemma));
  if (inSubject && verb.negated) return inSubject;
  const first = object[0];
  if (first && DETERMINERS.has(first.lemma) && clause[chainEnd + 1]?.negated) return first;
  return null;
}

/** The words of a clause up to a subordinate clause inside it ("… the right to sue that they …"). */
function untilSubordinate(words: readonly Token[]): Token[] {
  const end = words.findIndex((token) => token.pos === 'SCONJ' || RELATIVES.has(token.lemma));
  return end === -1 ? [...words] : words.slice(0, end);
}
