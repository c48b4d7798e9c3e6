import { describe, expect, it } from 'vitest';
import { segmentSentences, splitCompound, splitSentences } from './segment';

const sentences = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));
const parts = (text: string) => splitCompound(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['The EU said it has no plans to follow suit. EU Security Policy chief Josep Borrell said he will not “dramatise” the tensions.', ['The EU said it has no plans to follow suit.', 'EU Security Policy chief Josep Borrell said he will not “dramatise” the tensions.']],
    // Titles and abbreviations do not end sentences.
    ['Mr. Blinken met Mr Lavrov. Dr. Smith and Prof. Jones agreed.', ['Mr. Blinken met Mr Lavrov.', 'Dr. Smith and Prof. Jones agreed.']],
    ['U.S. officials met on Jan. 5 in Geneva. The talks failed.', ['U.S. officials met on Jan. 5 in Geneva.', 'The talks failed.']],
    ['Troops moved to the U.S. The next day they left.', ['Troops moved to the U.S.', 'The next day they left.']],
    ['J. K. Rowling wrote it. It sold well.', ['J. K. Rowling wrote it.', 'It sold well.']],
    // A quotation that continues into its attribution stays one sentence (seed 002 style).
    ['"We are worried. We stand with our allies," he told Nick Ferrari at Breakfast.', ['"We are worried. We stand with our allies," he told Nick Ferrari at Breakfast.']],
    ['“The world needs to keep its eye on this.” Raab said so on Sunday.', ['“The world needs to keep its eye on this.”', 'Raab said so on Sunday.']],
    // Glued quotes and numbers.
    ['Lavrov called it"total disinformation". It was 4.5 per cent.', ['Lavrov called it"total disinformation".', 'It was 4.5 per cent.']],
    // Line breaks always end a sentence; a line without a full stop is still one.
    ['But an official said it “will not evacuate”, reports AFP\nThe EU said no.', ['But an official said it “will not evacuate”, reports AFP', 'The EU said no.']],
    ['What? Really! Yes.', ['What?', 'Really!', 'Yes.']],
    // A quoted question or exclamation keeps its attribution (BASIL 2018); a sentence after it stays apart.
    ['“Does anyone get attacked more than me?” Trump said. The crowd cheered.', ['“Does anyone get attacked more than me?” Trump said.', 'The crowd cheered.']],
    ['“Enough!” said Sen. Ann Lee.', ['“Enough!” said Sen. Ann Lee.']],
    ['“Why now?” The answer came on Friday.', ['“Why now?”', 'The answer came on Friday.']],
    ['', []],
    ['... !!! ???', []],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('splitCompound', () => {
  it.each<[string, string[]]>([
    // Seed 000: two facts in one sentence; other outlets report them separately.
    [
      'The department told the dependents of staffers at the US Embassy in Kyiv that they must leave the country, and said that non-essential embassy staff could leave Ukraine at government expense.',
      ['The department told the dependents of staffers at the US Embassy in Kyiv that they must leave the country', 'said that non-essential embassy staff could leave Ukraine at government expense.'],
    ],
    // Seed 001: a second clause with its own subject.
    [
      'Non-essential US embassy staff have also been told they can leave, and other US citizens have been urged to do the same.',
      ['Non-essential US embassy staff have also been told they can leave', 'other US citizens have been urged to do the same.'],
    ],
    // A conjunction followed by a verb continues the same clause.
    ['Two more bodies were seen floating down the river on Thursday, but could not be retrieved due to the currents.', ['Two more bodies were seen floating down the river on Thursday, but could not be retrieved due to the currents.']],
    // Lists and short tails stay whole.
    ['Denmark, Spain and France are sending planes, ships and troops.', ['Denmark, Spain and France are sending planes, ships and troops.']],
    // Seed 001: what happened "after" is a fact of its own when it is a clause with its own subject.
    [
      'Vladimir Putin has around 100,000 troops and heavy armour stationed near the border after talks to avert a bloody conflict failed to reach a breakthrough.',
      ['Vladimir Putin has around 100,000 troops and heavy armour stationed near the border', 'talks to avert a bloody conflict failed to reach a breakthrough.'],
    ],
    // Not after a gerund, a pronoun (the same subject) or a bare noun phrase.
    ['Another brother was sentenced to life in prison after cooperating with investigators.', ['Another brother was sentenced to life in prison after cooperating with investigators.']],
    ['Another brother received a life sentence after he cooperated with the authorities.', ['Another brother received a life sentence after he cooperated with the authorities.']],
    ['Cruz came to the United States in 1960, a year after the Cuban revolution.', ['Cruz came to the United States in 1960, a year after the Cuban revolution.']],
    // Nor where "after" is measured: one fact dated by the other.
    ['Mailblocks was founded five years after WebTV was acquired by Microsoft for $425 million.', ['Mailblocks was founded five years after WebTV was acquired by Microsoft for $425 million.']],
    ['The suspect was arrested shortly after the bomb exploded outside the court.', ['The suspect was arrested shortly after the bomb exploded outside the court.']],
    // Nothing splits inside a quotation.
    ['He said "we will go, and they will stay in the city" on Monday.', ['He said "we will go, and they will stay in the city" on Monday.']],
  ])('%s', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('segmentSentences', () => {
  it('keeps exact offsets into the text, each claim inside its sentence', () => {
    const text = '  First claim is here.\n\nThe second one is here, and the third has begun today.  ';
    const sentences = segmentSentences(text, [{ start: 0, end: text.length }]);
    expect(sentences.map(({ claims }) => claims.map((span) => text.slice(span.start, span.end)))).toEqual([
      ['First claim is here.'],
      ['The second one is here', 'the third has begun today.'],
    ]);
    for (const { sentence, claims } of sentences) {
      for (const span of claims) expect(sentence.start <= span.start && span.end <= sentence.end).toBe(true);
    }
  });
});
