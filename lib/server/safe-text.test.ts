import { describe, expect, it } from 'vitest';
import { safeText, textProblem } from './safe-text';

describe('textProblem', () => {
  it.each<[string, string | null]>([
    ['Kyiv, 24 January', null],
    ['tabs\tnew lines\r\n form feeds\f and vertical tabs\v are whitespace', null],
    ['emoji 💥 and right-to-left \u202e marks are text', null],
    ['a\u0000b', 'must not contain control characters (U+0000 at character 2); remove it and try again'],
    ['\u001b[31m', 'must not contain control characters (U+001B at character 1); remove it and try again'],
    ['delete\u007f', 'must not contain control characters (U+007F at character 7); remove it and try again'],
    ['half a pair \ud83d', 'must be valid Unicode text (it holds half of a surrogate pair)'],
  ])('%j → %j', (value, expected) => expect(textProblem(value)).toBe(expected));
});

describe('safeText', () => {
  it('refuses what cannot be stored, and keeps chaining like a string schema', () => {
    const title = safeText().trim().min(1, 'must not be empty');
    expect(title.parse('  Kyiv  ')).toBe('Kyiv');
    expect(title.safeParse('   ').error?.issues[0]?.message).toBe('must not be empty');
    expect(title.safeParse('Ky\u0000iv').error?.issues[0]?.message).toMatch(/^must not contain control characters \(U\+0000/);
  });
});
