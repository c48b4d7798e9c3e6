import clauses from '../lexicons/clauses.json';
import type { Token } from '../tokens';

const BOUNDARIES = new Set(clauses.boundaries.punctuation);
const RELATIVES = new Set(clauses.relatives.lemmas);
const COMPLEMENTIZERS = new Set(clauses.complementizers.lemmas);
const WH_WORDS = new Set(clauses.whWords.lemmas);
const SUBJECT_RELATIVE = clauses.subjectRelatives;
const RESUMES_AFTER = new Set(clauses.relativeEnds.after);

/** The sentence's clauses as punctuation sets them off (lexicons/clauses.json), punctuation left out. */
export function clausesOf(tokens: readonly Token[]): Token[][] {
  const found: Token[][] = [[]];
  for (const token of tokens) {
    if (token.pos === 'PUNCT' && BOUNDARIES.has(token.value)) found.push([]);
    else if (token.pos !== 'PUNCT') (found.at(-1) as Token[]).push(token);
  }
  return found.filter((clause) => clause.length > 0);
}

/**
 * The tokens of subordinate clauses, which describe something the sentence mentions rather than state
 * what it reports: from a relative pronoun ("some who did not work for him"), a wh-word ("foreshadowing
 * how the responses may redraw the map") or a subordinating conjunction ("because talks may fail") to
 * the end of its clause. The complementizer "that" opens what a telling reports ("said that the
 * embassy may close"), which is the sentence's content, so it opens nothing here; a "that" between a noun
 * and its own verb is a relative pronoun ("the agency's complaint that could have resulted in …"). A
 * relative clause ends where the sentence's own verb comes back: an auxiliary after the relative clause's
 * words ("Unvaccinated people who have had Covid-19 may be twice as likely …": the "may" is the sentence's).
 */
export function subordinateTokens(tokens: readonly Token[]): ReadonlySet<Token> {
  const found = new Set<Token>();
  for (const clause of clausesOf(tokens)) {
    let opened: 'relative' | 'other' | null = null;
    let openedAt = -1;
    clause.forEach((token, index) => {
      const relative = RELATIVES.has(token.lemma) || isSubjectRelative(clause, index);
      const other = WH_WORDS.has(token.lemma) || (token.pos === 'SCONJ' && !COMPLEMENTIZERS.has(token.lemma));
      if (opened === 'relative' && index > openedAt + 1 && token.pos === 'AUX' && RESUMES_AFTER.has(clause[index - 1]?.pos ?? '')) opened = null;
      if (opened === null && (relative || other)) {
        opened = relative ? 'relative' : 'other';
        openedAt = index;
      }
      if (opened !== null) found.add(token);
    });
  }
  return found;
}

/** "that" after a noun and straight before a verb: a content clause would have its subject first. */
function isSubjectRelative(clause: readonly Token[], index: number): boolean {
  if (!SUBJECT_RELATIVE.lemmas.includes((clause[index] as Token).lemma)) return false;
  return SUBJECT_RELATIVE.after.includes(clause[index - 1]?.pos ?? '') && SUBJECT_RELATIVE.before.includes(clause[index + 1]?.pos ?? '');
}
