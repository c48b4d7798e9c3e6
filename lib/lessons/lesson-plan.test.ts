import { describe, expect, it } from 'vitest';
import type { DiscrepancyType } from '@/lib/analysis/types';
import { discrepancyAsk } from '@/lib/reader/discrepancy-types';
import type { StoryDigest } from '@/lib/reader/story-digest';
import { GUIDE_EXAMPLES } from './guide-examples';
import { discussionPrompts, MAX_PROMPTS, PLAN_MINUTES } from './lesson-plan';

/** A digest as storyDigest gives it: kinds in the legend's order, one claim each. */
function digest(kinds: DiscrepancyType[], partial: boolean): StoryDigest {
  return {
    differences: kinds.map((type) => ({ type, label: type, total: 2, claims: [{ id: `c-${type}`, summary: `A claim with a ${type} difference.`, explanation: `They differ in ${type}.` }] })),
    partial: partial ? { total: 1, claims: [{ id: 'c-left-out', summary: 'A claim two outlets report.', reportedBy: ['ITV News', 'The Sun'], notBy: ['LBC'] }] } : { total: 0, claims: [] },
    single: 3,
  };
}

describe('the lesson plan', () => {
  it('lasts 45 minutes', () => {
    expect(Object.values(PLAN_MINUTES).reduce((sum, minutes) => sum + minutes, 0)).toBe(45);
  });

  it('discusses the kinds the worksheet asked about first, then the others in the legend order, and what was left out last', () => {
    const prompts = discussionPrompts(digest(['number', 'timing', 'attribution', 'hedging', 'framing'], true), ['timing']);
    expect(prompts.map((prompt) => prompt.kind)).toEqual(['timing', 'number', 'attribution', 'omission']);
    expect(prompts).toHaveLength(MAX_PROMPTS);
    expect(prompts[0]).toEqual({ kind: 'timing', claimId: 'c-timing', summary: 'A claim with a timing difference.', example: 'They differ in timing.', ask: discrepancyAsk('timing') });
    expect(prompts[3]).toEqual({
      kind: 'omission',
      claimId: 'c-left-out',
      summary: 'A claim two outlets report.',
      example: 'ITV News and The Sun report it; LBC does not.',
      ask: GUIDE_EXAMPLES.find((example) => example.type === 'omission')?.ask,
    });
  });

  it('uses every place for differences when every claim is reported by all or by one', () => {
    expect(discussionPrompts(digest(['spelling', 'number', 'timing', 'attribution', 'hedging'], false), []).map((prompt) => prompt.kind)).toEqual([
      'spelling',
      'number',
      'timing',
      'attribution',
    ]);
    expect(discussionPrompts(digest([], false), [])).toEqual([]);
  });
});
