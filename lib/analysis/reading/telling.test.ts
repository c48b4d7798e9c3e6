import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { readTelling } from './telling';

/** The telling's words and whether it ends the sentence, given where its source and verb are. */
function tellingOf(text: string, sourceAndVerb: string) {
  const start = text.indexOf(sourceAndVerb);
  const { end, last } = readTelling(tokenize(text), { start, end: start + sourceAndVerb.length }, text.length);
  return { words: text.slice(start, end), last };
}

describe('readTelling', () => {
  it.each([
    // Up to "that", past a day, an audience or a place.
    ['Officials said Wednesday that the talks will resume.', 'Officials said', 'Officials said Wednesday that', false],
    ['The minister told MPs on Tuesday that the money was running out.', 'The minister told', 'The minister told MPs on Tuesday that', false],
    ['She said at a virtual press conference that it would reopen.', 'She said', 'She said at a virtual press conference that', false],
    // A day after the verb, "on" allowed before it.
    ['Britain said Monday it was withdrawing staff.', 'Britain said', 'Britain said Monday', false],
    ['Manchin said on Sunday he would oppose the bill.', 'Manchin said', 'Manchin said on Sunday', false],
    // After a verb of telling, whom it addresses may come before the day; after another verb, no.
    ['That will buy 234 miles of wall, a senior official told reporters Friday.', 'a senior official told', 'a senior official told reporters Friday.', true],
    ['The minister told the BBC on Sunday it would pass.', 'The minister told', 'The minister told the BBC on Sunday', false],
    ['Officials said the talks Friday were useful.', 'Officials said', 'Officials said', false],
    // No "that" before a comma, and no day: the source and verb alone.
    ['Officials said the talks, which began in May, that never ended.', 'Officials said', 'Officials said', false],
    ['Officials said the talks will resume.', 'Officials said', 'Officials said', false],
    // At the end of the sentence the telling runs to its end, closing marks included.
    ['The talks will resume on Friday, officials said on Monday.', 'officials said', 'officials said on Monday.', true],
    ['“We will not let it stand,” Pelosi said.”', 'Pelosi said', 'Pelosi said.”', true],
  ] as const)('%s', (text, sourceAndVerb, words, last) => {
    expect(tellingOf(text, sourceAndVerb)).toEqual({ words, last });
  });
});
