import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceSegments } from './source-segments';

describe('sourceSegments', () => {
  const text = 'Listen to this article\nStaff are leaving. Read more: other story\nTroops mass.';

  it('labels excluded parts and links claim sentences, keeping the rest as text', () => {
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const segments = sourceSegments(
      text,
      [
        { ...at('Listen to this article'), reason: 'widget' },
        { ...at('Read more: other story'), reason: 'related-link' },
      ],
      [
        { claimId: 'c1', ...at('Staff are leaving.') },
        { claimId: 'c2', ...at('Troops mass.') },
      ],
    );
    expect(segments).toEqual([
      { kind: 'excluded', text: 'Listen to this article', reason: 'widget' },
      { kind: 'text', text: '\n' },
      { kind: 'claim', text: 'Staff are leaving.', claimId: 'c1', start: 23 },
      { kind: 'text', text: ' ' },
      { kind: 'excluded', text: 'Read more: other story', reason: 'related-link' },
      { kind: 'text', text: '\n' },
      { kind: 'claim', text: 'Troops mass.', claimId: 'c2', start: 65 },
    ]);
  });

  it('gives back the whole text whatever the ranges', () => {
    const range = fc.record({ start: fc.integer({ min: -3, max: 50 }), end: fc.integer({ min: -3, max: 50 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(range, { maxLength: 5 }), fc.array(range, { maxLength: 5 }), (body, excluded, mentions) => {
        const segments = sourceSegments(
          body,
          excluded.map((span) => ({ ...span, reason: 'navigation' as const })),
          mentions.map((span, i) => ({ ...span, claimId: `c${i}` })),
        );
        expect(segments.map((segment) => segment.text).join('')).toBe(body);
      }),
    );
  });
});
