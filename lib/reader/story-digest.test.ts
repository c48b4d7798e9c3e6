import { describe, expect, it } from 'vitest';
import type { Discrepancy, Mention } from '@/lib/analysis/types';
import { storyDigest } from './story-digest';
import { claimViews, outletColumns, type ArticleRecord, type ClaimRecord } from './story-view';

const record = (id: string, outlet: string): ArticleRecord => ({ id, outlet, url: null, title: null, publishedAt: null, detectedPublishedAt: null, text: null, excluded: null });
const columns = outletColumns([record('itv', 'ITV News'), record('sun', 'The Sun'), record('lbc', 'LBC')]);
const mention = (articleId: string): Mention => ({ articleId, start: 0, end: 1, text: 'x' });
const difference = (type: Discrepancy['type'], explanation: string): Discrepancy => ({ type, articleIds: ['itv', 'sun'], values: {}, spans: {}, explanation });
const claim = (id: string, outlets: string[], discrepancies: Discrepancy[] = []): ClaimRecord => ({ id, summary: `Summary of ${id}`, mentions: outlets.map(mention), discrepancies, variants: [] });

describe('storyDigest', () => {
  const records: ClaimRecord[] = [
    claim('everywhere', ['itv', 'sun', 'lbc'], [difference('hedging', 'ITV News states it as fact; The Sun hedges.')]),
    claim('half', ['itv', 'sun'], [difference('attribution', 'ITV News credits officials; The Sun credits the BBC.'), difference('hedging', 'The Sun hedges with “expected”.')]),
    claim('alone', ['lbc']),
    claim('pair', ['sun', 'lbc']),
    ...['a', 'b', 'c'].map((id) => claim(`framing-${id}`, ['itv', 'sun', 'lbc'], [difference('framing', `Framing ${id}.`)])),
  ];
  const digest = storyDigest(claimViews(records, columns), columns);

  it('lists each kind of difference found, in the legend order, with the first claims and the difference in words', () => {
    expect(digest.differences.map(({ type, label, total }) => [type, label, total])).toEqual([
      ['attribution', 'attribution', 1],
      ['hedging', 'certainty', 2],
      ['framing', 'framing', 3],
    ]);
    // One claim under a heading, the first in story order: the grid holds the rest.
    expect(digest.differences[1]!.claims).toEqual([{ id: 'everywhere', summary: 'Summary of everywhere', explanation: 'ITV News states it as fact; The Sun hedges.' }]);
    expect(digest.differences[0]!.claims).toEqual([{ id: 'half', summary: 'Summary of half', explanation: 'ITV News credits officials; The Sun credits the BBC.' }]);
  });

  it('names the claims some outlets report and others do not, and counts those of one outlet', () => {
    expect(digest.partial).toEqual({ total: 2, claims: [{ id: 'half', summary: 'Summary of half', reportedBy: ['ITV News', 'The Sun'], notBy: ['LBC'] }] });
    expect(digest.single).toBe(1);
  });

  it('is empty for a story without differences or gaps', () => {
    expect(storyDigest(claimViews([claim('everywhere', ['itv', 'sun', 'lbc'])], columns), columns)).toEqual({ differences: [], partial: { total: 0, claims: [] }, single: 0 });
  });
});
