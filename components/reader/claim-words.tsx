'use client';

import { useEffect, useState } from 'react';
import type { Discrepancy, Mention, PossibleMention } from '@/lib/analysis/types';
import { gridMentions } from '@/lib/reader/story-view';
import { OutletCell } from './claim-row';
import { ExplainedDifferences } from './type-badges';

/** What the claim API (`GET /api/stories/:slug/claims/:claimId`) answers, as far as this view reads it. */
interface ClaimAnswer {
  claim: { id: string; mentions: Mention[]; discrepancies: Discrepancy[]; possibleMentions: PossibleMention[] };
}

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'done'; claim: ClaimAnswer['claim'] };

/**
 * A matrix row opened: each outlet's own words for the claim, side by side as in the grid (loaded when
 * asked for: a story of 70 outlets would otherwise carry every sentence of every outlet), the outlets that
 * may report it, what differs, and who does not report it.
 */
export function ClaimWords({ slug, claimId, columns }: { slug: string; claimId: string; columns: readonly { articleId: string; name: string }[] }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    fetch(`/api/stories/${encodeURIComponent(slug)}/claims/${encodeURIComponent(claimId)}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`The server answered ${response.status}.`);
        return ((await response.json()) as ClaimAnswer).claim;
      })
      .then(
        (claim) => current && setLoaded({ state: 'done', claim }),
        (error: unknown) => current && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : 'The claim could not be loaded.' }),
      );
    return () => {
      current = false;
    };
  }, [slug, claimId]);

  if (loaded.state === 'loading') return <p className="text-sm text-muted" role="status">Loading the outlets’ words…</p>;
  if (loaded.state === 'failed') return <p className="text-sm text-red-700 dark:text-red-300" role="alert">{loaded.message} Open the claim’s page instead.</p>;
  const { claim } = loaded;
  const mentions = gridMentions(claim);
  const possible = new Map(claim.possibleMentions.map((mention) => [mention.articleId, mention]));
  const shown = columns.filter((column) => mentions.some((mention) => mention.articleId === column.articleId) || possible.has(column.articleId));
  const missing = columns.filter((column) => !shown.includes(column));
  return (
    <div className="grid gap-3 py-2">
      <div className="matrix-words-cells">
        {shown.map((column) => (
          <OutletCell key={column.articleId} column={column} mentions={mentions.filter((mention) => mention.articleId === column.articleId)} possible={possible.get(column.articleId)} slug={slug} />
        ))}
      </div>
      {claim.discrepancies.length > 0 && (
        <ExplainedDifferences differences={claim.discrepancies.map(({ type, explanation }) => ({ type, text: explanation }))} className="grid gap-1 text-sm" label="What differs" />
      )}
      {missing.length > 0 && (
        <p className="text-sm text-muted">
          Not reported by {missing.length} of {columns.length} outlets: {missing.map((column) => column.name).join(', ')}.
        </p>
      )}
    </div>
  );
}
