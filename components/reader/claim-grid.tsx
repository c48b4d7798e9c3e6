'use client';

import { applyFilters } from '@/lib/reader/claim-filters';
import type { GridClaim } from '@/lib/reader/story-view';
import { ClaimFilterForm } from './claim-filter-form';
import { ClaimRow } from './claim-row';
import { useUrlFilters } from './use-url-filters';

interface Props {
  slug: string;
  claims: GridClaim[];
  columns: { articleId: string; name: string }[];
}

/** Past this many outlets the grid may scroll sideways, and each cell names its outlet. */
const MANY_OUTLETS = 4;

/**
 * The claims × outlets grid with its filters. The server renders it with every claim in story order;
 * in the browser it filters and sorts from the URL. It is given the claims as data rather than as
 * rendered rows, which keeps the page's payload to about half.
 */
export function ClaimGrid({ slug, claims, columns }: Props) {
  const [filters, setFilters] = useUrlFilters(columns.map((column) => column.articleId));
  const shown = applyFilters(claims, filters, columns.length);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));

  return (
    <>
      <ClaimFilterForm slug={slug} claims={claims} columns={columns} filters={filters} setFilters={setFilters} shownCount={shown.length} />
      <div className="grid-scroll" role="region" aria-label="Claims by outlet" tabIndex={0}>
        <div className="claim-grid" style={{ ['--outlets' as string]: columns.length }} data-many-outlets={columns.length > MANY_OUTLETS ? '' : undefined}>
          <div className="claim-row grid-head" aria-hidden="true">
            {columns.map((column) => (
              <div key={column.articleId} className="claim-cell font-semibold">
                {column.name}
              </div>
            ))}
          </div>
          {shown.map((claimId) => (
            <ClaimRow key={claimId} claim={byId.get(claimId)!} columns={columns} slug={slug} />
          ))}
        </div>
        {shown.length === 0 && <p className="p-4 text-muted">No claim matches these filters.</p>}
      </div>
    </>
  );
}
