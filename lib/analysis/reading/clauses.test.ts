import { describe, expect, it } from 'vitest';
import { analysisOf } from '../discrepancies/mention-view';

/** The words of a sentence's subordinate clauses, through the shared analysis. */
function subordinateWords(text: string): string {
  const { tokens, subordinate } = analysisOf({ articleId: 'a', outlet: 'A', text, start: 0, previous: '' });
  return tokens.filter((token) => subordinate.has(token)).map((token) => token.value).join(' ');
}

describe('subordinateTokens', () => {
  it.each([
    // A wh-clause, a relative clause and a subordinating conjunction open one, to the end of their clause.
    ['The deal strained the alliance, foreshadowing how the alliances may shift in Asia.', 'how the alliances may shift in Asia'],
    ['His wife, who resigned from the council, is expected to plead guilty.', 'who resigned from the council'],
    ['Talks may fail because Russia wants more.', 'because Russia wants more'],
    // What a telling reports is the sentence's content: "that" opens no subordinate clause.
    ['Officials said that the embassy may close on Monday.', ''],
    ['The embassy may close on Monday, officials said.', ''],
  ])('%s', (text, expected) => {
    expect(subordinateWords(text)).toBe(expected);
  });
});
