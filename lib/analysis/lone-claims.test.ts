import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinLoneClaims } from './lone-claims';
import type { PossibleMention } from './possible-mentions';

// Claims 0–5, of articles: 0 → a, 1 → b, 2 → c, 3 → a, 4 → b, 5 → c.
const articleOf = (claimId: number) => claimId % 3;
const offer = (claimId: number, strength: number): PossibleMention => ({ claimId, strength });

describe('joinLoneClaims', () => {
  it('joins a lone claim to the row it most likely belongs to, and keeps weaker offers as possible mentions', () => {
    const groups = [[0, 1], [2], [3], [4], [5]];
    const possible = new Map([
      [0, [offer(2, 0.95)]],
      [2, [offer(4, 0.7)]],
      [3, [offer(3, 0.7)]],
    ]);
    expect(joinLoneClaims(groups, possible, articleOf, { threshold: 0.9, comparedFrom: 0.9, minStoryClaims: 1 })).toEqual({
      groups: [[0, 1, 2], [], [3], [4], [5]],
      possible: new Map([
        [2, [offer(4, 0.7)]],
        [3, [offer(3, 0.7)]],
      ]),
      tentative: new Set(),
    });
  });

  it('marks a claim that joins below the compared strength as tentative', () => {
    const groups = [[0, 1], [2], [3, 4], [5]];
    const possible = new Map([
      [0, [offer(2, 0.95)]],
      [2, [offer(5, 0.75)]],
    ]);
    expect(joinLoneClaims(groups, possible, articleOf, { threshold: 0.7, comparedFrom: 0.9, minStoryClaims: 1 })).toEqual({
      groups: [[0, 1, 2], [], [3, 4, 5], []],
      possible: new Map(),
      tentative: new Set([5]),
    });
  });

  it('takes the strongest offer first: a claim joins one row, and a row takes one claim of an outlet', () => {
    // Claim 5 (outlet c) is offered to rows 0 and 3 (claim 4's); claim 2 (also outlet c) to row 0, more strongly.
    const groups = [[0, 1], [2], [3], [4], [5]];
    const possible = new Map([
      [0, [offer(5, 0.92), offer(2, 0.97)]],
      [3, [offer(5, 0.91)]],
    ]);
    expect(joinLoneClaims(groups, possible, articleOf, { threshold: 0.9, comparedFrom: 0.9, minStoryClaims: 1 }).groups).toEqual([[0, 1, 2], [], [3], [4, 5], []]);
  });

  it('leaves a lone claim that has taken another where it is', () => {
    // Row 1 (claim 2) takes claim 3 first; then claim 2 is no longer alone and does not join row 0.
    const groups = [[0, 1], [2], [3]];
    const possible = new Map([
      [1, [offer(3, 0.99)]],
      [0, [offer(2, 0.95)]],
    ]);
    expect(joinLoneClaims(groups, possible, articleOf, { threshold: 0.9, comparedFrom: 0.9, minStoryClaims: 1 }).groups).toEqual([[0, 1], [2, 3], []]);
  });

  it('joins nothing in a story of fewer claims than the model was fitted on', () => {
    const possible = new Map([[0, [offer(2, 0.99)]]]);
    expect(joinLoneClaims([[0, 1], [2]], possible, articleOf, { threshold: 0.9, comparedFrom: 0.9, minStoryClaims: 8 })).toEqual({ groups: [[0, 1], [2]], possible, tentative: new Set() });
  });

  it('never puts two claims of one outlet in a row, never loses or copies a claim, and depends on the offers alone', () => {
    const story = fc.integer({ min: 1, max: 12 }).chain((count) =>
      fc.record({
        count: fc.constant(count),
        offers: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1), fc.double({ min: 0.5, max: 1, noNaN: true })), { maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(story, ({ count, offers }) => {
        const groups = Array.from({ length: count }, (_, claimId) => [claimId]);
        const possible = new Map<number, PossibleMention[]>();
        for (const [group, claimId, strength] of offers) {
          if (articleOf(group) === articleOf(claimId)) continue;
          possible.set(group, [...(possible.get(group) ?? []).filter((mention) => articleOf(mention.claimId) !== articleOf(claimId)), offer(claimId, strength)]);
        }
        const { groups: joined } = joinLoneClaims(groups, possible, articleOf, { threshold: 0.9, comparedFrom: 0.9, minStoryClaims: 1 });
        expect(joined.flat().sort((a, b) => a - b)).toEqual(groups.flat());
        for (const row of joined) expect(new Set(row.map(articleOf)).size).toBe(row.length);
        const reversed = new Map([...possible].reverse());
        expect(joinLoneClaims(groups, reversed, articleOf, { threshold: 0.9, comparedFrom: 0.9, minStoryClaims: 1 }).groups).toEqual(joined);
      }),
    );
  });
});
