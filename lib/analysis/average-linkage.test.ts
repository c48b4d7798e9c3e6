import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkage } from './average-linkage';

describe('averageLinkage', () => {
  it('merges while the mean over pairs of different sources reaches the threshold, counting unscored pairs as 0', () => {
    // Items 0, 1, 2 of sources 0, 1, 2: 0–1 is strong, 1–2 strong, 0–2 never scored. {0,1} and {2} have a
    // mean of (0 + 0.9) / 2 = 0.45: a chain of two strong pairs is not one fact.
    const pairs = [
      { a: 0, b: 1, score: 0.95 },
      { a: 1, b: 2, score: 0.9 },
    ];
    expect(averageLinkage([0, 1, 2], pairs, 0.7)).toEqual([[0, 1], [2]]);
    expect(averageLinkage([0, 1, 2], pairs, 0.4)).toEqual([[0, 1, 2]]);
    expect(averageLinkage([0, 1, 2], [...pairs, { a: 0, b: 2, score: 0.6 }], 0.7)).toEqual([[0, 1, 2]]);
  });

  it('never puts two items of one source together, and starts from the clusters it is given', () => {
    // Items 0 and 1 are both of source 0: each pairs well with item 2, only the stronger joins it.
    const pairs = [
      { a: 0, b: 2, score: 0.8 },
      { a: 1, b: 2, score: 0.9 },
    ];
    expect(averageLinkage([0, 0, 1], pairs, 0.5)).toEqual([[0], [1, 2]]);
    // Given together, 0 and 1 stay together and 2 joins them if the mean over both pairs is enough.
    expect(averageLinkage([0, 0, 1], pairs, 0.5, [[0, 1]])).toEqual([[0, 1, 2]]);
    expect(averageLinkage([0, 0, 1], pairs, 0.9, [[0, 1]])).toEqual([[0, 1], [2]]);
  });

  it('ignores pairs of one source and places every item exactly once, whatever the order of the pairs', () => {
    const scored = fc.array(fc.record({ a: fc.nat(9), b: fc.nat(9), score: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }), scored, fc.double({ min: 0.05, max: 1, noNaN: true }), (sourceOf, raw, threshold) => {
        // One score per unordered pair, as the engine gives them.
        const byPair = new Map(raw.filter(({ a, b }) => a !== b).map(({ a, b, score }) => [`${Math.min(a, b)}-${Math.max(a, b)}`, { a: Math.min(a, b), b: Math.max(a, b), score }]));
        const pairs = [...byPair.values()];
        const clusters = averageLinkage(sourceOf, pairs, threshold);
        expect(clusters.flat().sort((x, y) => x - y)).toEqual([...sourceOf.keys()]);
        for (const cluster of clusters) expect(new Set(cluster.map((item) => sourceOf[item])).size).toBe(cluster.length);
        expect(averageLinkage(sourceOf, [...pairs].reverse(), threshold)).toEqual(clusters);
      }),
    );
  });
});
