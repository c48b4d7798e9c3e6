'use client';

import Link from 'next/link';
import { useState } from 'react';
import { claimPath } from '@/lib/paths';
import { applyFilters } from '@/lib/reader/claim-filters';
import { cellKind, cellText, type MatrixClaim } from '@/lib/reader/coverage-matrix';
import { ClaimFilterForm } from './claim-filter-form';
import { ClaimWords } from './claim-words';
import { useUrlFilters } from './use-url-filters';

/**
 * Rows rendered at first, and added by each "Show more": 750 rows of 70 cells (106,000 elements) took
 * headless Chromium 3.5 s to lay out and 3 more to hydrate; 50 rows (three screens) keep the first one quick, and
 * the filters still work over every claim.
 */
const ROWS_AT_ONCE = 50;

interface Props {
  slug: string;
  claims: MatrixClaim[];
  columns: { articleId: string; name: string }[];
}

/**
 * The claims × outlets matrix of a story told by many outlets (see lib/reader/coverage-matrix.ts): a mark per
 * cell, the outlets' names and the claims' titles fixed while it scrolls within itself, and a row that
 * opens to each outlet's own words. Filtered and sorted in the browser from the URL, like the grid.
 */
export function ClaimMatrix({ slug, claims, columns }: Props) {
  const [filters, setFilters] = useUrlFilters(columns.map((column) => column.articleId));
  const shown = applyFilters(claims, filters, columns.length);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  // How many of the shown claims have rows, for these filters (another filter starts again from the top).
  const filterKey = JSON.stringify(filters);
  const [rows, setRows] = useState({ filterKey, count: ROWS_AT_ONCE });
  const rowCount = rows.filterKey === filterKey ? rows.count : ROWS_AT_ONCE;
  const rendered = shown.slice(0, rowCount);
  const toggle = (claimId: string) => setOpened((current) => (current.has(claimId) ? new Set([...current].filter((id) => id !== claimId)) : new Set([...current, claimId])));
  return (
    <>
      <ClaimFilterForm slug={slug} claims={claims} columns={columns} filters={filters} setFilters={setFilters} shownCount={shown.length} />
      <p className="matrix-legend mb-2 text-sm text-muted" aria-hidden="true">
        <span data-c="r" /> reports it <span data-c="d" /> reports it differently <span data-c="p" /> possibly reports it <span data-c="-" /> does not report it ·
        open a row for each outlet’s words · the {columns.length} outlets’ columns scroll sideways within the matrix
      </p>
      <div className="matrix-scroll" role="region" aria-label="Claims by outlet" tabIndex={0}>
        <table className="claim-matrix">
          <caption className="sr-only">Claims by outlet: whether each outlet reports each claim, and whether differently. Each claim’s button shows the outlets’ words.</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Claim
              </th>
              {columns.map((column) => (
                <th key={column.articleId} scope="col" className="matrix-outlet">
                  <span>{column.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rendered.map((claimId) => {
              const claim = byId.get(claimId)!;
              const open = opened.has(claimId);
              return (
                <MatrixRow key={claimId} claim={claim} columns={columns} slug={slug} open={open} onToggle={() => toggle(claimId)} />
              );
            })}
          </tbody>
        </table>
        {shown.length === 0 && <p className="p-4 text-muted">No claim matches these filters.</p>}
      </div>
      {rendered.length < shown.length && (
        <p className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <span>
            Rows for {rendered.length} of the {shown.length} claims.
          </span>
          <button type="button" className="button" onClick={() => setRows({ filterKey, count: rowCount + ROWS_AT_ONCE })}>
            Show {Math.min(ROWS_AT_ONCE, shown.length - rendered.length)} more claims
          </button>
          <noscript>
            <span>Without JavaScript, every claim is in the printable view.</span>
          </noscript>
        </p>
      )}
    </>
  );
}

function MatrixRow({ claim, columns, slug, open, onToggle }: { claim: MatrixClaim; columns: Props['columns']; slug: string; open: boolean; onToggle: () => void }) {
  const number = claim.position + 1;
  const wordsId = `words-${claim.id}`;
  return (
    <>
      <tr data-claim-id={claim.id}>
        <th scope="row" className="matrix-claim">
          <button type="button" className="matrix-toggle" aria-expanded={open} aria-controls={open ? wordsId : undefined} onClick={onToggle}>
            <span className="sr-only">Each outlet’s words: claim {number}</span>
          </button>
          <Link href={claimPath(slug, claim.id)} className="link">
            <span aria-hidden="true" className="text-muted">
              {number}.{' '}
            </span>
            <span className="sr-only">Claim {number}: </span>
            <bdi>{claim.summary}</bdi>
          </Link>
        </th>
        {columns.map((column, index) => {
          const kind = cellKind(claim, index);
          const types = claim.differences[index] ?? [];
          const text = cellText(kind, types);
          return (
            <td key={column.articleId} data-c={claim.cells[index]} data-type={types[0]} title={kind === 'missing' ? undefined : text}>
              <span className="sr-only">{text}</span>
            </td>
          );
        })}
      </tr>
      {open && (
        <tr id={wordsId} className="matrix-words">
          <td colSpan={columns.length + 1}>
            <ClaimWords slug={slug} claimId={claim.id} columns={columns} />
          </td>
        </tr>
      )}
    </>
  );
}
