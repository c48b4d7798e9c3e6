'use client';

import { useId, useState } from 'react';
import { storyPath } from '@/lib/paths';
import { DEFAULT_FILTERS, filtersToSearch, SHOW_LABELS, SORT_LABELS, type ClaimFacts, type ClaimFilters, type ShowOption, type SortOption } from '@/lib/reader/claim-filters';
import { DISCREPANCY_TYPES } from '@/lib/reader/discrepancy-types';

interface Props {
  slug: string;
  claims: readonly ClaimFacts[];
  columns: readonly { articleId: string; name: string }[];
  filters: ClaimFilters;
  setFilters: (filters: ClaimFilters) => void;
  /** How many claims the filters let through. */
  shownCount: number;
}

function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((existing) => existing !== value);
}

/** The story's filters (differences, outlets, what to show, the order), for the grid and the matrix alike. */
export function ClaimFilterForm({ slug, claims, columns, filters, setFilters, shownCount }: Props) {
  const typeCounts = new Map(DISCREPANCY_TYPES.map((info) => [info.type, claims.filter((claim) => claim.types.includes(info.type)).length]));
  const update = (change: Partial<ClaimFilters>) => setFilters({ ...filters, ...change });
  const id = useId();
  const isDefault = filtersEqual(filters, DEFAULT_FILTERS);
  const [open, setOpen] = useState(false);
  return (
    <form role="search" aria-label="Filter claims" className="filters print:hidden" onSubmit={(event) => event.preventDefault()}>
      {/* Folded while no filter is on, so the first claims show right below the story's summary. */}
      <details open={open || !isDefault} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer font-semibold">Filter and sort</summary>
        <div className="mt-3 grid gap-3">
          <fieldset>
            <legend>Differences</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {DISCREPANCY_TYPES.map((info) => (
                <label key={info.type} className="inline-flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    name="type"
                    value={info.type}
                    checked={filters.types.includes(info.type)}
                    onChange={(event) => update({ types: toggle(filters.types, info.type, event.target.checked) })}
                  />
                  <span className="badge" data-type={info.type}>
                    {info.label}
                  </span>
                  <span className="text-muted">({typeCounts.get(info.type)})</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Outlets</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {columns.map((column) => (
                <label key={column.articleId} className="inline-flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    name="outlet"
                    value={column.articleId}
                    checked={filters.outlets.includes(column.articleId)}
                    onChange={(event) => update({ outlets: toggle(filters.outlets, column.articleId, event.target.checked) })}
                  />
                  {column.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap items-end gap-4">
            <label className="grid gap-1 text-sm">
              Show
              <select name="show" value={filters.show} onChange={(event) => update({ show: event.target.value as ShowOption })} className="input">
                {Object.entries(SHOW_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label className="grid gap-1 text-sm">
              Sort
              <select name="sort" value={filters.sort} onChange={(event) => update({ sort: event.target.value as SortOption })} className="input">
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" disabled={isDefault} onClick={() => setFilters(DEFAULT_FILTERS)}>
              Clear filters
            </button>
            <a className="link text-sm" href={`${storyPath(slug)}/print${filtersToSearch(filters)}`}>
              Printable view{isDefault ? '' : ' of these claims'}
            </a>
          </div>
        </div>
      </details>
      <p id={`${id}-count`} role="status" className="text-sm text-muted">
        Showing {shownCount} of {claims.length} claims
      </p>
    </form>
  );
}

function filtersEqual(a: ClaimFilters, b: ClaimFilters): boolean {
  return a.show === b.show && a.sort === b.sort && a.types.join() === b.types.join() && a.outlets.join() === b.outlets.join();
}
