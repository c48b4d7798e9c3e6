import type { DiscrepancyType } from '@/lib/analysis/types';
import { DISCREPANCY_TYPES } from './discrepancy-types';
import type { ClaimView, OutletColumn } from './story-view';

/** How many claims the digest names under each heading, so that the first claims of the grid show below it. */
export const DIGEST_CLAIMS_PER_KIND = 1;

export interface DigestClaim {
  id: string;
  summary: string;
}

/** What the top of a story page says first: where the outlets differ, and what only some report. */
export interface StoryDigest {
  /** Each kind of difference found, in the legend's order: how many claims show it, the first few with the difference in words. */
  differences: { type: DiscrepancyType; label: string; total: number; claims: (DigestClaim & { explanation: string })[] }[];
  /** Claims that two or more outlets report but not all: the most widely reported first. */
  partial: { total: number; claims: (DigestClaim & { reportedBy: string[]; notBy: string[] })[] };
  /** Claims only one outlet reports. */
  single: number;
}

export function storyDigest(claims: readonly ClaimView[], columns: readonly OutletColumn[]): StoryDigest {
  const differences = DISCREPANCY_TYPES.map(({ type, label }) => {
    const showing = claims.filter((claim) => claim.discrepancies.some((discrepancy) => discrepancy.type === type));
    return {
      type,
      label,
      total: showing.length,
      claims: showing.slice(0, DIGEST_CLAIMS_PER_KIND).map((claim) => ({
        id: claim.id,
        summary: claim.summary,
        explanation: (claim.discrepancies.find((discrepancy) => discrepancy.type === type) as { explanation: string }).explanation,
      })),
    };
  }).filter((kind) => kind.total > 0);
  const outlets = new Map(claims.map((claim) => [claim, new Set(claim.articleIds)]));
  const outletsOf = (claim: ClaimView) => outlets.get(claim) as Set<string>;
  const partial = claims
    .filter((claim) => outletsOf(claim).size >= 2 && outletsOf(claim).size < columns.length)
    .sort((a, b) => outletsOf(b).size - outletsOf(a).size || a.position - b.position);
  return {
    differences,
    partial: {
      total: partial.length,
      claims: partial.slice(0, DIGEST_CLAIMS_PER_KIND).map((claim) => ({
        id: claim.id,
        summary: claim.summary,
        reportedBy: columns.filter((column) => outletsOf(claim).has(column.articleId)).map((column) => column.name),
        notBy: columns.filter((column) => !outletsOf(claim).has(column.articleId)).map((column) => column.name),
      })),
    },
    single: claims.filter((claim) => outletsOf(claim).size === 1).length,
  };
}
