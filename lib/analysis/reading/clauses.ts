import clauses from '../lexicons/clauses.json';
import type { Token } from '../tokens';

const BOUNDARIES = new Set(clauses.boundaries.punctuation);
const RELATIVES = new Set(clauses.relatives.lemmas);
const COMPLEMENTIZERS = new Set(clauses.complementizers.lemmas);
const WH_WORDS = new Set(clauses.whWords.lemmas);

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
 * embassy may close"), which is the sentence's content, so it opens nothing here.
 */
export function subordinateTokens(tokens: readonly Token[]): ReadonlySet<Token> {
  const found = new Set<Token>();
  for (const clause of clausesOf(tokens)) {
    let inside = false;
    for (const token of clause) {
      const opens = RELATIVES.has(token.lemma) || WH_WORDS.has(token.lemma) || (token.pos === 'SCONJ' && !COMPLEMENTIZERS.has(token.lemma));
      inside ||= opens;
      if (inside) found.add(token);
    }
  }
  return found;
}
