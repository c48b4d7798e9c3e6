import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { readAsides } from './asides';

const asidesOf = (text: string) => readAsides(tokenize(text)).map(({ start, end }) => text.slice(start, end));

describe('readAsides', () => {
  it.each([
    ["Hochul, who will make history as the state's first female governor, on Sunday vowed to act.", [", who will make history as the state's first female governor,"]],
    // A comma inside a figure is no clause boundary.
    ['The aide, 31, who has more than 14,000 followers, wrote a letter.', [', who has more than 14,000 followers,']],
    ['The bill, which passed in May, and the plan, which failed, were both cited.', [', which passed in May,', ', which failed,']],
    // No closing comma, or a semicolon first: no aside.
    ['He met the envoy, who left on Friday.', []],
    ['He met the envoy, who left; the talks, however, went on.', []],
    ['Officials said, however, that the talks would resume.', []],
  ] as const)('%s', (text, expected) => {
    expect(asidesOf(text)).toEqual(expected);
  });
});
