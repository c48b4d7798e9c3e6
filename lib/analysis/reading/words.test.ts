import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { isCapitalised, isFigure, isInitial, isLetters, plainWords, readWords, sameFamily, singular } from './words';

const wordsIn = (text: string) => readWords(tokenize(text), text).map((word) => word.value);

describe('readWords', () => {
  it.each([
    // Hyphens and apostrophes inside a word join its tokens back.
    ['A so-called near-total six-week ban.', ['A', 'so-called', 'near-total', 'six-week', 'ban']],
    ["The children's pro-life group’s plan.", ['The', "children's", 'pro-life', 'group’s', 'plan']],
    // Figures are words; signs, dashes and stops are not.
    ['A sweeping $1.8 trillion package - 14,000 pages.', ['A', 'sweeping', '1.8', 'trillion', 'package', '14,000', 'pages']],
    // A closing apostrophe joins nothing.
    ["The diplomats' families left.", ['The', 'diplomats', 'families', 'left']],
  ] as const)('%s', (text, expected) => {
    expect(wordsIn(text)).toEqual(expected);
  });

  it('reads the shape of a figure and of a possessive', () => {
    expect(readWords(tokenize("1.8 Biden's"), "1.8 Biden's").map((word) => ({ value: word.value, capitalised: isCapitalised(word), figure: isFigure(word), letters: isLetters(word) }))).toEqual([
      { value: '1.8', capitalised: false, figure: true, letters: false },
      { value: "Biden's", capitalised: true, figure: false, letters: false },
    ]);
  });

  it('gives each word its tokens and lower case', () => {
    expect(readWords(tokenize('So-called talks'), 'So-called talks')).toEqual([
      { start: 0, end: 9, value: 'So-called', lower: 'so-called', first: 0, last: 2 },
      { start: 10, end: 15, value: 'talks', lower: 'talks', first: 3, last: 3 },
    ]);
  });
});

describe('isInitial', () => {
  it.each([
    ['l', true],
    ['s', true],
    ['us', false],
    ['5', false],
  ] as const)('%s', (word, expected) => {
    expect(isInitial(word)).toBe(expected);
  });
});

describe('singular', () => {
  it.each([
    ['officials', 'official'],
    ['flights', 'flight'],
    ['class', 'class'],
    ['bus', 'bus'],
    ['us', 'us'],
    ['witnesses', 'witness'],
    ['businesses', 'business'],
  ])('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });
});

describe('sameFamily', () => {
  it.each([
    ['precaution', 'precautionary', true],
    ['return', 'return', true],
    ['leave', 'return', false],
    // Short stems match nothing longer: "car" is not "career", "rail" is not "railway".
    ['car', 'career', false],
    ['rail', 'railway', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(sameFamily(a, b)).toBe(expected);
    expect(sameFamily(b, a)).toBe(expected);
  });
});

describe('plainWords', () => {
  it.each([
    ["Britain's foreign ministry", ['britain', 's', 'foreign', 'ministry']],
    ['Sen. Janet L. Yellen of the U.S.', ['sen', 'janet', 'l', 'yellen', 'of', 'the', 'us']],
    ['Pentagon spokesperson John Kirby', ['pentagon', 'spokesperson', 'john', 'kirby']],
  ] as const)('%s', (text, expected) => {
    expect(plainWords(tokenize(text))).toEqual(expected);
  });
});
