import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word, number or punctuation mark, with its exact position in the article text. */
export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  value: string;
  /** Lower-case lemma ("withdrawn" → "withdraw"). */
  lemma: string;
  /** Universal part-of-speech tag from wink-nlp (NOUN, PROPN, VERB, NUM, PUNCT …). */
  pos: string;
  /** True inside the scope of a negation ("does not constitute"). */
  negated: boolean;
}

// Sentence boundaries, negation and parts of speech; wink's entity recogniser is left out because
// it halves the speed and the engine finds numbers and time expressions itself.
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;

/**
 * Tokenizes a whole article in one pass. wink-nlp keeps every character (tokens plus the spaces
 * before them rebuild the text exactly), which is what lets each token keep its offsets. `base` is
 * added to every offset (the position of `text` in the article it was cut from).
 */
export function tokenize(text: string, base = 0): Token[] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  // wink's typings do not list lemma among token properties, though the model provides it.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const result: Token[] = [];
  let offset = 0;
  for (let index = 0; index < values.length; index++) {
    offset += (spaces[index] ?? '').length;
    const value = values[index] ?? '';
    // Guard against a token whose value differs from the text: look for it a little further on,
    // never far (a long search per token would make odd input quadratic).
    const start = text.startsWith(value, offset) ? offset : nearby(text, value, offset);
    if (start === -1) continue;
    const end = start + value.length;
    offset = end;
    const pos = tags[index] ?? 'X';
    if (pos === 'SPACE') continue;
    result.push({ start: base + start, end: base + end, value, lemma: (lemmas[index] ?? value).toLowerCase(), pos, negated: Boolean(negations[index]) });
  }
  return result;
}

function nearby(text: string, value: string, offset: number): number {
  const found = text.slice(offset, offset + value.length + 64).indexOf(value);
  return found === -1 ? -1 : offset + found;
}

/** The tokens of a span, given the article's tokens in order (binary search on offsets). */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= start) low = middle + 1;
    else high = middle;
  }
  const result: Token[] = [];
  for (let index = low; index < tokens.length && (tokens[index] as Token).start < end; index++) {
    result.push(tokens[index] as Token);
  }
  return result;
}
