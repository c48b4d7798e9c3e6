import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations';

/** The quotations of one sentence, in plain terms. */
const quotationsOf = (text: string) => findQuotations(text).map(({ inner, title, passages }) => ({ inner, title, passages }));

describe('findQuotations', () => {
  it.each([
    ['“The British Embassy remains open,” she said.', [{ inner: 'The British Embassy remains open,', title: false, passages: [['the', 'british', 'embassy', 'remains', 'open']] }]],
    // An ellipsis cuts the quoted words into runs: words left out, not changed.
    ['He said “we will … respond” and “act...now”.', [
      { inner: 'we will … respond', title: false, passages: [['we', 'will'], ['respond']] },
      { inner: 'act...now', title: false, passages: [['act'], ['now']] },
    ]],
    // A programme named in quotation marks is a title, and small words inside one stay lower case.
    ['Fauci said on ABC\'s "This Week".', [{ inner: 'This Week', title: true, passages: [['this', 'week']] }]],
    ['He spoke on CNN\'s “State of the Union.”', [{ inner: 'State of the Union.', title: true, passages: [['state', 'of', 'the', 'union']] }]],
    // A cry is no title, nor a phrase that starts with a small word or has a lower-case word.
    ['Crowds shouted “Freedom For All!”', [{ inner: 'Freedom For All!', title: false, passages: [['freedom', 'for', 'all']] }]],
    ['It was “the Union”.', [{ inner: 'the Union', title: false, passages: [['the', 'union']] }]],
    ['It was “a dangerous thing”.', [{ inner: 'a dangerous thing', title: false, passages: [['a', 'dangerous', 'thing']] }]],
    // Apostrophes are no quotation marks.
    ['The nation’s top doctor didn’t say.', []],
  ] as const)('%s', (text, expected) => {
    expect(quotationsOf(text)).toEqual(expected);
  });
});
