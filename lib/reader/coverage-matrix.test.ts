import { describe, expect, it } from 'vitest';
import type { Discrepancy, Mention } from '@/lib/analysis/types';
import { cellKind, cellText, matrixClaim } from './coverage-matrix';
import { claimViews, outletColumns, type ArticleRecord, type ClaimRecord } from './story-view';

const record = (id: string, outlet: string): ArticleRecord => ({ id, outlet, url: null, title: null, publishedAt: null, detectedPublishedAt: null, text: null, excluded: null });
const columns = outletColumns([record('itv', 'ITV News'), record('sun', 'The Sun'), record('lbc', 'LBC'), record('bbc', 'BBC')]);
const mention = (articleId: string): Mention => ({ articleId, start: 0, end: 1, text: 'x' });
const difference = (type: Discrepancy['type'], articleIds: string[]): Discrepancy => ({ type, articleIds, values: {}, spans: {}, explanation: `${type} differs` });

describe('matrixClaim', () => {
  it('gives each outlet one mark: reported, reported differently (with the types it is named in), possibly reported, or not', () => {
    const claim: ClaimRecord = {
      id: 'c1',
      summary: 'Half of the staff will leave.',
      mentions: [mention('itv'), mention('sun'), mention('itv')],
      possibleMentions: [{ articleId: 'lbc', start: 5, end: 9, text: 'Some staff are leaving.', claimId: 'c2' }],
      discrepancies: [difference('hedging', ['sun', 'itv']), difference('attribution', ['sun', 'itv']), difference('number', ['sun', 'itv'])],
      variants: [],
    };
    const [view] = claimViews([claim], columns);
    const matrix = matrixClaim(view!, columns);
    expect(matrix).toEqual({
      id: 'c1',
      position: 0,
      summary: 'Half of the staff will leave.',
      articleIds: ['itv', 'sun'],
      types: ['number', 'attribution', 'hedging'],
      discrepancyCount: 3,
      cells: 'ddp-',
      differences: { 0: ['number', 'attribution', 'hedging'], 1: ['number', 'attribution', 'hedging'] },
    });
    expect([0, 1, 2, 3].map((index) => cellText(cellKind(matrix, index), matrix.differences[index]))).toEqual([
      'reported differently: number, attribution, certainty',
      'reported differently: number, attribution, certainty',
      'possibly reported',
      'not reported',
    ]);
  });

  it('marks outlets a difference does not name as reporting the claim the same way', () => {
    const [view] = claimViews([{ id: 'c3', summary: 'Talks on Friday.', mentions: ['itv', 'sun', 'bbc'].map(mention), discrepancies: [difference('timing', ['itv', 'bbc'])], variants: [] }], columns);
    expect(matrixClaim(view!, columns).cells).toBe('dr-d');
  });
});
