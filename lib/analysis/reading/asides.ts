import clauses from '../lexicons/clauses.json';
import type { Token } from '../tokens';
import type { Span } from '../types';

const RELATIVES = new Set(clauses.relatives.lemmas);

/**
 * Relative clauses set off by commas, which say more about someone or something than the sentence states:
 * "Hochul, who will make history as the state's first female governor, on Sunday vowed …". Each span runs
 * from the opening comma to the closing one; a semicolon or the end of the sentence before a closing comma
 * leaves no aside.
 */
export function readAsides(tokens: readonly Token[]): Span[] {
  const asides: Span[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    const comma = tokens[index] as Token;
    const relative = tokens[index + 1] as Token;
    if (comma.value !== ',' || relative.start === comma.end || !RELATIVES.has(relative.value.toLowerCase())) continue;
    const close = tokens.findIndex((token, at) => at > index + 1 && (token.value === ',' || token.value === ';'));
    if (close === -1 || (tokens[close] as Token).value === ';') continue;
    asides.push({ start: comma.start, end: (tokens[close] as Token).end });
    index = close;
  }
  return asides;
}
