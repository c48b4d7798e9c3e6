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
    // "that" between a noun and its verb is a relative pronoun.
    ['The court dismissed the complaint that could have forced a sale of the company.', 'that could have forced a sale of the company'],
    // What a telling reports is the sentence's content: "that" opens no subordinate clause.
    ['Officials said that the embassy may close on Monday.', ''],
    ['The embassy may close on Monday, officials said.', ''],
    // A relative clause ends where the sentence's own verb comes back; "who have been" is one verb group.
    ['Unvaccinated people who have had Covid-19 may be twice as likely to be reinfected.', 'who have had Covid-19'],
    ['The man who shot him was arrested on Friday.', 'who shot him'],
    ['People who have been vaccinated could still fall ill.', 'who have been vaccinated'],
    ['Some who did not work for him were questioned.', 'who did not work for him'],
    // A content clause after a noun has its own subject first.
    ['The warning that the embassy may close came on Monday.', ''],
  ])('%s', (text, expected) => {
    expect(subordinateWords(text)).toBe(expected);
  });
});
