import clauses from '../lexicons/clauses.json';
import hedges from '../lexicons/hedges.json';
import reporting from '../lexicons/reporting.json';
import { CALENDAR_WORDS } from '../normalize';
import type { Span } from '../types';
import { tokenize, type Token } from '../tokens';
import { findQuotations, isQuoted, isQuoteMark, strayQuoteMark, type Quotation } from './quotations';
import { isCapitalised, singular } from './words';

/**
 * How a credited source is given: by a name ("the FBI", "Ms. Warren": null), by a title of office that
 * names one person without naming them ("the governor": `role`), as people or an organisation described
 * without a name, bare ("officials", "the agency": `people`) or saying whose or which ("union officials",
 * "his lawyer": `description`), or as a record ("court documents": `record`).
 */
export type Described = 'people' | 'description' | 'role' | 'record' | null;

/**
 * Who a mention credits for what it states (offsets into the mention's text), read from its tokens once and shared by the detectors that
 * need it (attribution, timing). Three readings, because a wrong "names no source" is the worst finding
 * the tool can make:
 * - `named`: a source is named in the mention ("Britain's foreign ministry said Monday …", "…, according
 *   to officials", "“…,” said Trump");
 * - `unresolved`: the mention credits someone it does not name here ("…, it said.", "he told reporters",
 *   a quotation whose speaker is in another sentence, "The FCDO guidance said:" before it);
 * - `none`: no reporting verb, source phrase or quotation at all.
 * `telling` is where the mention tells who said it (source and verb: "Officials said", "reports the BBC",
 * "according to officials"): the timing detector dates the telling apart from what was told. A named
 * source is `partial` when it is credited for only part of the sentence: "The subpoenas were disclosed
 * Thursday, the same day the campaign announced it had hired a law firm" (the disclosure is the outlet's
 * own), "An Australian climber who watched his brother fall said he expected to die" (the fall is).
 */
export type Credit =
  | { kind: 'named'; start: number; end: number; described: Described; telling: Span; partial?: boolean }
  | { kind: 'unresolved'; cue: string; start: number; end: number; telling: Span | null }
  | { kind: 'none' };

// Mental verbs credit their subject as reporting verbs do ("The administration anticipates that …").
const VERBS = new Set([...reporting.verbs.lemmas, ...reporting.mentalVerbs.lemmas]);
const PHRASES = reporting.phrases.lists;
const DOCUMENTS = new Set(reporting.documents.lemmas);
const DOCUMENT_PARTICIPLES = new Set(reporting.documents.participles);
// "reportedly", "allegedly": the outlet says someone told it, without saying who.
const HEARSAY = new Set(hedges.reported.words);
const STAND_INS = new Set(reporting.standIns.pronouns);
const PEOPLE = new Set(reporting.describedSources.people);
const RECORDS = new Set(reporting.describedSources.records.lemmas);
// "data from Johns Hopkins University", "a report by the inspector general": where a record comes from.
const RECORD_ORIGINS = new Set(reporting.describedSources.records.origins.lemmas);
const ROLES = new Set(reporting.describedSources.roles.lemmas);
const RELATIVES = new Set(clauses.relatives.lemmas);
const COMPLEMENTIZERS = new Set(clauses.complementizers.lemmas);
const SENTENCE_ENDS = new Set(clauses.sentenceEnds.punctuation);
const ADDRESSEES = new Set(reporting.addressees.lemmas);
const CLAUSE_BOUNDARIES = new Set(clauses.boundaries.punctuation);

// Parts of a noun phrase that can name a source ("Britain's foreign ministry", "the U.S. Embassy in Kyiv"),
// or make a telling's object ("revealed new details").
const NOUN_PHRASE_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
// Words a determiner may follow only at the start of another phrase: "the same day the governor's campaign".
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
// A sentence opened by one of these starts with a subordinate clause or a phrase: "As talks failed, …".
const SUBORDINATE_OPENERS = new Set(['SCONJ', 'ADP']);
// Between a source and its verb, or after the verb: "on Monday", "(R-Ky.)", "also", "Thursday".
const ASIDE_TAGS = new Set(['ADV']);
const ASIDE_WORDS = new Set([...CALENDAR_WORDS, ...reporting.asides.words]);

interface Words {
  tokens: readonly Token[];
  quotations: readonly Quotation[];
}

/**
 * The credit of one mention (see `Credit`). `previous` is the sentence before it in its article: a source
 * credited there may carry over ("The indictment says … . Family dental bills were …"), so a mention
 * that credits no one after such a sentence is read as unresolved, never as naming no source.
 */
export function readCredit(words: Words, previous: string): Credit {
  const own = creditIn(words);
  if (own.kind !== 'none' || previous.trim() === '') return own;
  if (/:\s*$/.test(previous)) return { kind: 'unresolved', cue: 'the sentence before', start: 0, end: 0, telling: null };
  const before = creditIn({ tokens: tokenize(previous), quotations: findQuotations(previous) });
  return before.kind === 'none' ? own : { kind: 'unresolved', cue: 'the sentence before', start: 0, end: 0, telling: null };
}

/** The credit a sentence gives by itself. */
function creditIn({ tokens, quotations }: Words): Credit {
  // A telling that names nobody here ("it was reported", "allegedly", "in a statement,"): unresolved
  // unless a source is named later in the sentence.
  let pending: Credit | null = null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (isQuoted(quotations, token.start, token.end)) continue;
    const phrase = phraseAt(tokens, index);
    if (phrase > 0) {
      const last = tokens[index + phrase - 1] as Token;
      return told(nounPhraseAfter(tokens, index + phrase), token, last) ?? unresolved(token, last);
    }
    const document = documentAt(tokens, index);
    if (document) {
      const credit = told(document.source, token, tokens[document.end] as Token);
      if (credit) return credit;
      pending ??= unresolved(token, tokens[document.end] as Token);
      index = document.end;
      continue;
    }
    if (HEARSAY.has(token.value.toLowerCase())) {
      pending ??= untold(token);
      continue;
    }
    if (!VERBS.has(token.lemma) || !(token.pos === 'VERB' || isInvertedReport(tokens, index))) continue;
    // "is expected to announce Tuesday that …": a telling still to come credits nobody yet.
    if (tokens[index - 1]?.lemma === 'to') continue;
    // "it was reported": a passive telling names nobody (hedging reads it), but someone told.
    if (isPassive(tokens, index)) {
      pending ??= untold(token);
      continue;
    }
    const found = subjectCredit(tokens, index);
    const subject = found?.kind === 'named' && followsClauseOfItsOwn(tokens, found.start, index) ? { ...found, partial: true } : found;
    // "The agency revealed new details about …": a telling whose object is a thing, with nothing reported
    // after it, is the event the sentence reports, not a source credited for another statement.
    if (subject?.kind === 'named' && hasObjectOnly(tokens, index)) return { kind: 'unresolved', cue: 'a telling that is the fact', start: subject.start, end: token.end, telling: null };
    // A source after its verb is an inversion after what it reports ("…, said Trump", "“…,” said the
    // minister"): after "charged", "accused" or "told" in the middle of a sentence comes who was charged or told.
    return told(subject, token, token) ?? (afterCommaOrQuote(tokens, index) ? told(nounPhraseAfter(tokens, index + 1), token, token) : null) ?? unresolved(token, token);
  }
  if (pending) return pending;
  // A quotation whose speaker is named in another sentence ("“…,” she said." follows), or a quotation
  // announced by the sentence before ("The FCDO guidance said:").
  const quotation = quotations.find((quote) => quote.inner.split(/\s+/).length >= 4);
  if (quotation) return { kind: 'unresolved', cue: 'a quotation', start: quotation.start, end: quotation.end, telling: null };
  // A quotation that runs over several sentences opens or closes here without its other mark ("“But in
  // any event, I’m not in the censorship business." — its speaker comes sentences later).
  const open = strayQuoteMark(tokens, quotations);
  if (open) return { kind: 'unresolved', cue: 'a quotation', start: open.start, end: open.end, telling: null };
  // An instruction is somebody's words, quoted without marks: "And certainly don't make faces" (a
  // letter an outlet set as a block quotation, BASIL 2014 dev story), "Do not travel to Ukraine."
  if (isInstruction(tokens)) return { kind: 'unresolved', cue: 'an instruction', start: 0, end: 0, telling: null };
  return { kind: 'none' };
}

// Words that may open a sentence before its verb without being its subject: "And certainly don't …".
const OPENING_TAGS = new Set(['CCONJ', 'ADV', 'PART', 'INTJ', 'PUNCT']);
// Words that can be a subject, or show that one comes first.
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ', 'ADP', 'SCONJ']);

/** Whether the sentence is in the imperative: its first verb, in its base form, comes before any subject. */
function isInstruction(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (OPENING_TAGS.has(token.pos)) continue;
    if (SUBJECT_TAGS.has(token.pos)) return false;
    return (token.pos === 'VERB' || token.pos === 'AUX') && token.value.toLowerCase() === token.lemma;
  }
  return false;
}

/**
 * A record introduced by "in" ("in a statement", "in a 48-page indictment released by the Justice
 * Department", "in the ministry's statement"): the index of the record's noun, and the source it names
 * (after "by" or "from", or before "'s"), or null when it names none.
 */
function documentAt(tokens: readonly Token[], index: number): { end: number; source: Credit | null } | null {
  if ((tokens[index] as Token).lemma !== 'in') return null;
  let possessive = -1;
  for (let at = index + 1; at <= index + 6 && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (DOCUMENTS.has(token.lemma) && token.pos === 'NOUN') {
      if (possessive > index + 1) return { end: at, source: subjectCredit(tokens, possessive) };
      let after = at + 1;
      if (DOCUMENT_PARTICIPLES.has(tokens[after]?.lemma ?? '') && tokens[after]?.pos === 'VERB') after++;
      const by = tokens[after]?.lemma;
      return { end: at, source: by === 'by' || by === 'from' ? nounPhraseAfter(tokens, after + 1) : null };
    }
    if (token.value === '’s' || token.value === "'s") possessive = at;
    else if (!DOCUMENT_MODIFIERS.has(token.pos) && token.value !== '-') return null;
  }
  return null;
}

// What stands between "in" and the record: "a 48-page", "the ministry's", "court", "a joint".
const DOCUMENT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PUNCT']);

/**
 * Whether the reporting verb at `verb` takes a noun phrase and reports nothing after it: the phrase ends
 * the sentence or a preposition follows ("revealed new details about …", "confirmed the deal."), where a
 * reported clause would go on with its verb ("said the embassy would close") or "that". Verbs whose object
 * is the person told ("told reporters on Tuesday that …") are left out.
 */
function hasObjectOnly(tokens: readonly Token[], verb: number): boolean {
  if (ADDRESSEES.has((tokens[verb] as Token).lemma)) return false;
  let index = verb + 1;
  while (tokens[index] && (ASIDE_TAGS.has((tokens[index] as Token).pos) || ASIDE_WORDS.has((tokens[index] as Token).lemma))) index++;
  const start = index;
  while (tokens[index] && NOUN_PHRASE_TAGS.has((tokens[index] as Token).pos) && !COMPLEMENTIZERS.has((tokens[index] as Token).lemma)) index++;
  if (index === start) return false;
  const after = tokens[index];
  return after === undefined || (after.pos === 'ADP' && !COMPLEMENTIZERS.has(after.lemma)) || SENTENCE_ENDS.has(after.value);
}

/**
 * Whether a telling whose subject starts at `subjectStart` comes after a main clause of the sentence's own
 * (set off by a comma, with its own verb, not opened by a conjunction or a preposition) and reports a
 * clause after it, in the same clause: "The subpoenas were disclosed Thursday, the same day the campaign
 * announced it had hired …". "The talks failed, officials said." and "…, Biden announced Monday, though
 * troops will stay" credit the whole sentence; "As talks failed, officials said the embassy would close"
 * opens with a subordinate clause.
 */
function followsClauseOfItsOwn(tokens: readonly Token[], subjectStart: number, verb: number): boolean {
  const subject = tokens.findIndex((token) => token.start === subjectStart);
  let boundary = subject - 1;
  while (boundary >= 0 && !((tokens[boundary] as Token).pos === 'PUNCT' && CLAUSE_BOUNDARIES.has((tokens[boundary] as Token).value))) boundary--;
  if (boundary <= 0 || SUBORDINATE_OPENERS.has((tokens[0] as Token).pos)) return false;
  const ownVerb = tokens.slice(0, boundary).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (!ownVerb) return false;
  // What it reports goes on in its own clause ("announced it had hired …"), not after another comma.
  for (const token of tokens.slice(verb + 1)) {
    if (token.pos === 'PUNCT' && CLAUSE_BOUNDARIES.has(token.value)) return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

/** Whether the token at `index` follows a comma or a quotation mark: where an inverted telling stands. */
function afterCommaOrQuote(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && (before.value === ',' || isQuoteMark(before));
}

/** "…, reports the BBC": a reporting word after a comma, before a name, is a verb whatever its tag. */
function isInvertedReport(tokens: readonly Token[], index: number): boolean {
  return afterCommaOrQuote(tokens, index) && (tokens[index + 1]?.pos === 'DET' || tokens[index + 1]?.pos === 'PROPN');
}

function unresolved(first: Token, last: Token): Credit {
  return { kind: 'unresolved', cue: `${first.value}…${last.value}`, start: first.start, end: last.end, telling: { start: first.start, end: last.end } };
}

/**
 * Someone told, without a telling to date apart from what was told: "The results were announced on
 * Monday" dates the announcement itself.
 */
function untold(cue: Token): Credit {
  return { kind: 'unresolved', cue: cue.value, start: cue.start, end: cue.end, telling: null };
}

/** A credit found around the verb or phrase `first`…`last`, with the span of the whole telling. */
function told(credit: Credit | null, first: Token, last: Token): Credit | null {
  if (credit === null || credit.kind === 'none') return credit;
  return { ...credit, telling: { start: Math.min(credit.start, first.start), end: Math.max(credit.end, last.end) } };
}

/** Length in tokens of a source phrase starting at `index` ("according to"), or 0. */
function phraseAt(tokens: readonly Token[], index: number): number {
  for (const phrase of PHRASES) {
    if (phrase.every((word, offset) => tokens[index + offset]?.value.toLowerCase() === word)) return phrase.length;
  }
  return 0;
}

function isPassive(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 3; back--) {
    const token = tokens[back] as Token;
    if (token.lemma === 'be' || token.lemma === 'being' || token.lemma === 'been') return tokens[index + 1]?.lemma !== 'by';
    if (token.pos !== 'ADV') return false;
  }
  return false;
}

/** The subject before a reporting verb or phrase: "Britain's foreign ministry said Monday", "He told". */
function subjectCredit(tokens: readonly Token[], verb: number): Credit | null {
  let index = verb - 1;
  // Skip what stands between a source and its verb: "on Monday", "(R-Ky.)", "also".
  while (index >= 0) {
    const token = tokens[index] as Token;
    if (ASIDE_TAGS.has(token.pos) || ASIDE_WORDS.has(token.lemma)) index--;
    else if (token.value === ')') {
      while (index >= 0 && (tokens[index] as Token).value !== '(') index--;
      index--;
    } else break;
  }
  const last = tokens[index];
  if (!last) return null;
  if (last.pos === 'PRON' || STAND_INS.has(last.lemma)) {
    return STAND_INS.has(last.lemma) ? { kind: 'unresolved', cue: last.value, start: last.start, end: (tokens[verb] as Token).end, telling: null } : null;
  }
  if (last.pos !== 'PROPN' && last.pos !== 'NOUN') return null;
  let first = index;
  // A determiner straight after a noun opens another phrase: "the same day the governor's campaign".
  while (first > 0 && isNounPhrasePart(tokens[first - 1] as Token) && !((tokens[first] as Token).pos === 'DET' && NOMINAL_TAGS.has((tokens[first - 1] as Token).pos))) first--;
  const described = describedByRelative(tokens, first);
  if (described !== null) {
    // The relative clause is the outlet's own description of the source, not what the source said.
    const credit = subjectCredit(tokens, described + 1);
    return credit?.kind === 'named' ? { ...credit, partial: true } : credit;
  }
  return named(tokens, first, index);
}

/**
 * Where a noun phrase ends a relative clause that describes the subject, the subject: in "An Australian
 * climber who watched his brother fall on New Zealand's highest peak said …" the climber said it, not
 * the peak. Returns the index of the relative pronoun's noun ("climber"), or null. A relative clause
 * whose own subject is the phrase ("a man who witnesses said …") has no verb before it, and is left be.
 */
function describedByRelative(tokens: readonly Token[], first: number): number | null {
  let verb = false;
  for (let index = first - 1; index > 0; index--) {
    const token = tokens[index] as Token;
    if (token.pos === 'PUNCT' && CLAUSE_BOUNDARIES.has(token.value)) return null;
    if (token.pos === 'VERB') verb = true;
    else if (RELATIVES.has(token.lemma)) {
      const noun = tokens[index - 1] as Token;
      return verb && (noun.pos === 'NOUN' || noun.pos === 'PROPN') ? index - 1 : null;
    }
  }
  return null;
}

/** A source named after the verb or phrase: "said Trump", "according to officials who …". */
function nounPhraseAfter(tokens: readonly Token[], from: number): Credit | null {
  let index = from;
  while (tokens[index] && (ASIDE_TAGS.has((tokens[index] as Token).pos) || ASIDE_WORDS.has((tokens[index] as Token).lemma))) index++;
  const first = tokens[index];
  if (!first) return null;
  if (STAND_INS.has(first.lemma)) return { kind: 'unresolved', cue: first.value, start: first.start, end: first.end, telling: null };
  let last = index;
  while (tokens[last + 1] && isNounPhrasePart(tokens[last + 1] as Token)) last++;
  // The sentence's full stop ends the phrase; it is not part of it.
  while (last > index && (tokens[last] as Token).pos === 'PUNCT') last--;
  const head = tokens[last] as Token;
  if (head.pos !== 'PROPN' && head.pos !== 'NOUN') return null;
  // "according to data from Johns Hopkins University": a record's source comes after "from" or "by".
  const origin = tokens[last + 1];
  if (isRecord(head) && origin !== undefined && RECORD_ORIGINS.has(origin.lemma)) {
    let end = last + 1;
    while (tokens[end + 1] && isNounPhrasePart(tokens[end + 1] as Token)) end++;
    while (end > last + 1 && (tokens[end] as Token).pos === 'PUNCT') end--;
    if (end > last + 1 && ((tokens[end] as Token).pos === 'PROPN' || (tokens[end] as Token).pos === 'NOUN')) return named(tokens, index, end);
  }
  return named(tokens, index, last);
}

const isRecord = (token: Token) => RECORDS.has(token.lemma) || RECORDS.has(token.value.toLowerCase());

// "his lawyer", "their spokesman": a possessive makes a description specific.
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

function isNounPhrasePart(token: Token): boolean {
  return NOUN_PHRASE_TAGS.has(token.pos) || (token.pos === 'PUNCT' && token.value === '.') || token.lemma === 'of' || POSSESSIVES.has(token.lemma);
}

function named(tokens: readonly Token[], first: number, last: number): Credit {
  const words = tokens.slice(first, last + 1);
  // Drop a leading determiner or a trailing "of": the source is "foreign ministry", "the ministry".
  while (words.length > 1 && (words.at(-1) as Token).lemma === 'of') words.pop();
  const start = (words[0] as Token).start;
  const end = (words.at(-1) as Token).end;
  // A name, or a description of people or of a record, by its head noun: "officials", "court documents".
  const head = (words.at(-1) as Token).lemma;
  const found = (described: Described): Credit => ({ kind: 'named', start, end, described, telling: { start, end } });
  // A name: a proper noun, or a capital inside the sentence ("the Justice Department"); "Officials said" and
  // "Witnesses said" open a sentence with a capital, and name no one.
  const describes = (token: Token) => PEOPLE.has(token.lemma) || PEOPLE.has(singular(token.value.toLowerCase())) || RECORDS.has(token.lemma);
  const opensSentence = (index: number) => index === 0 || (tokens[index - 1] as Token).pos === 'PUNCT';
  const isName = (token: Token, index: number) => !describes(token) && (token.pos === 'PROPN' || (isCapitalised(token) && !opensSentence(first + index)));
  if (words.some(isName)) return found(null);
  if (ROLES.has(head)) return found('role');
  // "police", "the company": bare descriptions; "his lawyer", "union officials" say whose.
  const bare = words.every((token, index) => index === words.length - 1 || token.pos === 'DET');
  if (PEOPLE.has(head) || PEOPLE.has(singular(head))) return found(bare ? 'people' : 'description');
  if (RECORDS.has(head)) return found('record');
  // "hours after X said", "the move, officials said": no name and no source noun names no source.
  return { kind: 'unresolved', cue: 'an unclear subject', start, end, telling: { start, end } };
}
