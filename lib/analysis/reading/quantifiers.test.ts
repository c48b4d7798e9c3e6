import { describe, expect, it } from 'vitest';
import { analysisOf } from '../discrepancies/mention-view';
import { tokenize } from '../tokens';
import { nounHeads } from './quantifiers';

/** The quantifiers of one sentence, through the shared analysis, in plain terms. */
function quantifiersOf(text: string) {
  return analysisOf({ articleId: 'a', outlet: 'A', text, start: 0, previous: '' }).quantifiers.map(({ token, kind, quantified, heads, quoted }) => ({ word: token.value, kind, quantified, heads, quoted }));
}

describe('readQuantifiers', () => {
  it.each([
    ['The withdrawal came after the State Department ordered the families of all American personnel to leave.', [{ word: 'all', kind: 'all', quantified: ['american', 'personnel', 'family'], heads: ['personnel', 'family'], quoted: false }]],
    ['Every member of staff must leave the building.', [{ word: 'Every', kind: 'all', quantified: ['member', 'staff'], heads: ['member', 'staff'], quoted: false }]],
    ['Some House Democrats proposed a commission.', [{ word: 'Some', kind: 'part', quantified: ['house', 'democrats'], heads: ['democrat'], quoted: false }]],
    ['The law bans most abortions.', [{ word: 'most', kind: 'part', quantified: ['abortion'], heads: ['abortion'], quoted: false }]],
    // The words governed, not the figure.
    ['The law applies in all 50 states.', [{ word: 'all', kind: 'all', quantified: ['state'], heads: ['state'], quoted: false }]],
    // The words a quantifier governs end with its clause.
    ['The leak reveals tax avoidance and, in some cases, money laundering.', [{ word: 'some', kind: 'part', quantified: ['case'], heads: ['case'], quoted: false }]],
    // A quoted quantifier is the speaker's.
    ['He called it “a disaster for the whole country”.', [{ word: 'whole', kind: 'all', quantified: ['country'], heads: ['country'], quoted: true }]],
    // An approximated whole is a part; the phrase after "of the" is what it governs.
    ['Almost all of the major platforms removed his content.', [{ word: 'all', kind: 'part', quantified: ['major', 'platform'], heads: ['platform'], quoted: false }]],
    ['Not every state has signed.', [{ word: 'every', kind: 'part', quantified: ['state'], heads: ['state'], quoted: false }]],
  ] as const)('%s', (text, expected) => {
    expect(quantifiersOf(text)).toEqual(expected);
  });

  it.each([
    // An approximate figure, a time, a superlative, an adverb.
    'Some 200 foreigners left the city.',
    'The fund pays some $5 million.',
    'As many as 200 people died.',
    'The storm killed at most 300 people.',
    'The summit is held every four years.',
    'They accused each other of lying.',
    'The vote came a few hours later in the House.',
    'A few more days passed.',
    'Talks continued every day.',
    'It is the most serious threat.',
    'And most importantly the people that elected me.',
    // A quantifier that governs no word: a list of sources.
    'The talks failed, each, CNN, Bloomberg reported.',
    // A quantifier that governs no noun phrase: "Some said" gives no extent to compare.
    'Some said the talks had failed.',
    // No quantifier in a dateline.
    'LONDON, Jan 24 (Reuters) - Britain is withdrawing staff from its embassy in Kiev.',
  ])('reads no extent in %s', (text) => {
    expect(quantifiersOf(text)).toEqual([]);
  });
});

describe('nounHeads', () => {
  it.each([
    ['Staff at every American school must carry weapons.', ['staff', 'school', 'weapon']],
    // A noun before another noun modifies it: "school" is no head in "school grounds".
    ['The report calls for armed school personnel on school grounds.', ['report', 'personnel', 'ground']],
    // A capitalised plural opening a sentence is compared as the plural it is.
    ['Schools will close.', ['school']],
  ] as const)('%s', (text, expected) => {
    expect([...nounHeads(tokenize(text))]).toEqual(expected);
  });
});
