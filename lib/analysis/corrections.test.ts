import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedArticles } from '@/lib/testing/seed-story';
import { applyCorrections, type CorrectionChange } from './corrections';
import { analyzeStory } from './index';
import type { Claim, StoryAnalysis } from './types';

const inputs = seedArticles();
const outlets = new Map(inputs.map((input) => [input.id, input.outlet]));
const analysis = analyzeStory({ id: 'seed', articles: inputs });
const ref = (claimIndex: number, mention = 0) => {
  const { articleId, text } = analysis.claims[claimIndex]!.mentions[mention]!;
  return { articleId, text };
};
const mentionCount = (claims: typeof analysis.claims) => claims.reduce((sum, claim) => sum + claim.mentions.length, 0);

// The seed's "precaution" claim: ITV's "The move is a precautionary one…" and The Sun's "…it is thought to
// be a precaution", with a hedging difference.
const precaution = analysis.claims.findIndex((claim) => claim.summary.startsWith('The move is a precautionary one'));

describe('applyCorrections', () => {
  it('merges two claims: one claim with both mentions, the other id redirected, discrepancies recomputed', () => {
    expect(analysis.claims[precaution]?.mentions.map((mention) => mention.articleId)).toEqual(['000', '001']);
    // One person splits The Sun's sentence off; another merges it back.
    const [itv, sun] = [ref(precaution, 0), ref(precaution, 1)];
    const apart = applyCorrections(analysis, [{ id: 1, change: { kind: 'split', mentions: [sun] } }], outlets).analysis;
    const from = apart.claims.find((claim) => claim.mentions.some((mention) => mention.text === sun.text))!.id;
    expect(apart.claims.find((claim) => claim.id === analysis.claims[precaution]!.id)!.discrepancies).toEqual([]);

    const { analysis: corrected, edited, applied } = applyCorrections(apart, [{ id: 2, change: { kind: 'merge', into: itv, from: sun } }], outlets);
    const merged = corrected.claims.find((claim) => claim.id === analysis.claims[precaution]!.id)!;
    expect(merged.mentions.map((mention) => mention.articleId)).toEqual(['000', '001']);
    expect(merged.replaces).toContain(from);
    expect(corrected.claims.some((claim) => claim.id === from)).toBe(false);
    expect(merged.discrepancies.map((discrepancy) => discrepancy.type)).toContain('hedging');
    expect(edited).toEqual(new Set([merged.id]));
    expect(applied).toEqual(new Set([2]));
    expect(mentionCount(corrected.claims)).toBe(mentionCount(analysis.claims));
  });

  it('splits a mention off, moves it back, dismisses and adds discrepancies', () => {
    const half = analysis.claims.findIndex((claim) => claim.summary.includes('around half of the staff'));
    const sun = ref(half, 1);
    const split = applyCorrections(analysis, [{ id: 1, change: { kind: 'split', mentions: [sun] } }], outlets).analysis;
    expect(split.claims).toHaveLength(analysis.claims.length + 1);
    expect(split.claims.find((claim) => claim.id === analysis.claims[half]!.id)!.discrepancies).toEqual([]);

    const back = applyCorrections(
      analysis,
      [
        { id: 1, change: { kind: 'split', mentions: [sun] } },
        { id: 2, change: { kind: 'move', mention: sun, to: ref(half) } },
        { id: 3, change: { kind: 'dismiss', claim: ref(half), type: 'hedging' } },
        { id: 4, change: { kind: 'add', claim: ref(half), type: 'scope', articleIds: ['000', '001'], explanation: 'Kyiv staff against all staff.' } },
      ],
      outlets,
    ).analysis;
    const claim = back.claims.find((candidate) => candidate.id === analysis.claims[half]!.id)!;
    expect(claim.mentions.map((mention) => mention.articleId)).toEqual(['000', '001']);
    expect(claim.discrepancies.map((discrepancy) => discrepancy.type)).toEqual(['attribution', 'scope']);
    expect(claim.discrepancies.at(-1)!.explanation).toBe('Kyiv staff against all staff.');
  });

  it("keeps each claim's possible mentions, and drops an outlet's once a correction gives it a mention in the claim", () => {
    const mention = (articleId: string, text: string) => ({ articleId, start: 0, end: text.length, text });
    const [rise, lift, fall] = [mention('a', 'The bank raised rates.'), mention('b', 'Rates went up.'), mention('c', 'Shares fell.')];
    const story: StoryAnalysis = {
      storyId: 's',
      engineVersion: 'test',
      articles: ['a', 'b', 'c'].map((id) => ({ id, publishedAt: null, text: '', excluded: [] })),
      variants: [],
      claims: [
        { id: 'c-rise', summary: 'Rise', mentions: [rise], possibleMentions: [{ ...lift, claimId: 'c-lift' }], discrepancies: [], variants: [], replaces: [] },
        { id: 'c-lift', summary: 'Lift', mentions: [lift], possibleMentions: [{ ...rise, claimId: 'c-rise' }], discrepancies: [], variants: [], replaces: [] },
        { id: 'c-fall', summary: 'Fall', mentions: [fall], discrepancies: [], variants: [], replaces: [] },
      ],
    };
    const names = new Map([['a', 'A'], ['b', 'B'], ['c', 'C']]);
    const possible = (claims: readonly Claim[]) => claims.map((claim) => [claim.id, (claim.possibleMentions ?? []).map((candidate) => candidate.articleId)]);
    expect(possible(applyCorrections(story, [], names).analysis.claims)).toEqual([['c-rise', ['b']], ['c-lift', ['a']], ['c-fall', []]]);
    const merged = applyCorrections(story, [{ id: 1, change: { kind: 'merge', into: rise, from: lift } }], names).analysis.claims;
    expect(possible(merged)).toEqual([['c-rise', []], ['c-fall', []]]);
  });

  it('skips corrections whose mentions no longer exist', () => {
    const gone = { articleId: '999', text: 'Not in any article.' };
    const { analysis: corrected, applied } = applyCorrections(analysis, [{ id: 7, change: { kind: 'merge', into: gone, from: ref(0) } }], outlets);
    expect(applied.size).toBe(0);
    expect(corrected.claims.map((claim) => claim.id)).toEqual(analysis.claims.map((claim) => claim.id));
  });

  it('never loses or duplicates a mention and keeps ids unique, whatever the corrections', () => {
    const index = fc.integer({ min: 0, max: analysis.claims.length - 1 });
    const change: fc.Arbitrary<CorrectionChange> = fc.oneof(
      fc.tuple(index, index).map(([a, b]) => ({ kind: 'merge' as const, into: ref(a), from: ref(b) })),
      fc.tuple(index, index).map(([a, b]) => ({ kind: 'move' as const, mention: ref(a), to: ref(b) })),
      index.map((a) => ({ kind: 'split' as const, mentions: [ref(a)] })),
      index.map((a) => ({ kind: 'dismiss' as const, claim: ref(a), type: 'hedging' as const })),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), (changes) => {
        const { analysis: corrected } = applyCorrections(analysis, changes.map((change, id) => ({ id, change })), outlets);
        expect(mentionCount(corrected.claims)).toBe(mentionCount(analysis.claims));
        expect(new Set(corrected.claims.map((claim) => claim.id)).size).toBe(corrected.claims.length);
        expect(corrected.claims.every((claim) => claim.mentions.length > 0)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
