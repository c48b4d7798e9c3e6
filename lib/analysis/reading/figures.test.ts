import { describe, expect, it } from 'vitest';
import { analysisOf } from '../discrepancies/mention-view';

/** The figures of one sentence, through the shared analysis, in plain terms. */
function figuresOf(text: string) {
  return analysisOf({ articleId: 'a', outlet: 'A', text, start: 0, previous: '' }).figures.map(({ units, value, start, end, shownEnd }) => ({
    figure: text.slice(start, end),
    shown: text.slice(start, shownEnd),
    units,
    value,
  }));
}

describe('readFigures', () => {
  it.each([
    ['Russia has massed 100,000 troops.', [{ figure: '100,000', shown: '100,000 troops', units: ['troop'], value: '#100000' }]],
    // Up to three of the first four words, less the linking ones, to a preposition that opens another thing ("on Sunday"); one word for the same thing as another ("soldiers" = "troops").
    ['The airline cancelled at least 1,800 domestic flights on Sunday.', [{ figure: '1,800', shown: '1,800 domestic', units: ['domestic', 'flight'], value: '#1800' }]],
    ['He returned three punts for touchdowns.', [{ figure: 'three', shown: 'three punts', units: ['punt'], value: '#3' }]],
    ['There are around 100,000 soldiers.', [{ figure: '100,000', shown: '100,000 soldiers', units: ['troop'], value: '#100000' }]],
    // A currency sign, a rate and a per-cent sign.
    ['Musk will pay $54.20 per share, or $44 billion in all.', [
      { figure: '$54.20', shown: '$54.20', units: ['$/share'], value: '#54.2' },
      { figure: '$44 billion', shown: '$44 billion', units: ['$'], value: '#44000000000' },
    ]],
    // A number joined to a word by a hyphen is part of a name (AllSides), not a figure.
    ['Over 55% had a COVID-19 vaccine as the F-16 jets flew.', [{ figure: '55', shown: '55%', units: ['percent'], value: '#55' }]],
    // After a preposition, "a" is an article, not "per" (BASIL 2019); one other word may stand before a rate.
    ['They will tap $600 million from a Treasury fund and pay $5 million apiece per year.', [
      { figure: '$600 million', shown: '$600 million', units: ['$'], value: '#600000000' },
      { figure: '$5 million', shown: '$5 million', units: ['$/year'], value: '#5000000' },
    ]],
    // A sum of money with what it is.
    ['He bought a $43,000 Rolex watch with $750,000 in campaign cash.', [
      { figure: '$43,000', shown: '$43,000', units: ['$', 'rolex', 'watch'], value: '#43000' },
      { figure: '$750,000', shown: '$750,000', units: ['$', 'campaign', 'cash'], value: '#750000' },
    ]],
    ['Prices rose 5 per cent and 7%.', [
      { figure: '5', shown: '5 per cent', units: ['percent'], value: '#5' },
      { figure: '7', shown: '7%', units: ['percent'], value: '#7' },
    ]],
    // A hyphenated word after a figure; the counted words stop at the clause's end or the next figure.
    ['The truce ended an 11-day war, officials said.', [{ figure: '11', shown: '11-day', units: ['day', 'war'], value: '#11' }]],
    ['Claims fell by 92,000 to 498,000.', [
      { figure: '92,000', shown: '92,000', units: [], value: '#92000' },
      { figure: '498,000', shown: '498,000', units: [], value: '#498000' },
    ]],
    // A year, a day of a month, a clock time and an ordinal count nothing.
    ['In 2022 it opened on 3 March, on March 10 and on the 3rd of March at 10am.', []],
    ['The 116th Congress met.', [{ figure: '116', shown: '116', units: [], value: '#116' }]],
  ] as const)('%s', (text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});
