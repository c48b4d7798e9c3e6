import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlights';

describe('highlightSegments', () => {
  const sun = 'Around half of staff are expected to leave with their families, reports the BBC.';

  it('cuts a sentence into plain and highlighted runs by type', () => {
    const start = sun.indexOf('reports the BBC');
    expect(highlightSegments(sun, [{ start, end: start + 'reports the BBC'.length, type: 'attribution' }])).toEqual([
      { text: 'Around half of staff are expected to leave with their families, ', types: [] },
      { text: 'reports the BBC', types: ['attribution'] },
      { text: '.', types: [] },
    ]);
  });

  it('gives overlapping marks one run with both types, in legend order', () => {
    const segments = highlightSegments('abcdef', [
      { start: 0, end: 4, type: 'hedging' },
      { start: 2, end: 6, type: 'attribution' },
    ]);
    expect(segments).toEqual([
      { text: 'ab', types: ['hedging'] },
      { text: 'cd', types: ['attribution', 'hedging'] },
      { text: 'ef', types: ['attribution'] },
    ]);
  });

  it('ignores marks outside the window and clips those across its edges', () => {
    expect(highlightSegments('0123456789', [{ start: 0, end: 4, type: 'number' }, { start: 8, end: 20, type: 'scope' }], 2, 9)).toEqual([
      { text: '23', types: ['number'] },
      { text: '4567', types: [] },
      { text: '8', types: ['scope'] },
    ]);
  });

  it('always gives back exactly the window, whatever the marks', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), type: fc.constantFrom('number', 'scope', 'quote') }), { maxLength: 6 }),
        (text, marks) => {
          const segments = highlightSegments(text, marks);
          expect(segments.map((segment) => segment.text).join('')).toBe(text);
          expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
