import type { DiscrepancyType } from '@/lib/analysis/types';
import { discrepancyLabel, typesFromUrl, typesToUrl } from './discrepancy-types';

export const SHOW_OPTIONS = ['all', 'differences', 'everywhere', 'single'] as const;
export const SORT_OPTIONS = ['story', 'outlets', 'discrepancies'] as const;

export type ShowOption = (typeof SHOW_OPTIONS)[number];
export type SortOption = (typeof SORT_OPTIONS)[number];

export const SHOW_LABELS: Record<ShowOption, string> = {
  all: 'All claims',
  differences: 'Only claims with differences',
  everywhere: 'Only claims every outlet reports',
  single: 'Only claims one outlet reports',
};

export const SORT_LABELS: Record<SortOption, string> = {
  story: 'Story order',
  outlets: 'Most outlets first',
  discrepancies: 'Most differences first',
};

/** The story grid's view: which claims to show and in what order. Lives in the URL so views can be shared. */
export interface ClaimFilters {
  /** Claims with at least one of these discrepancy types (none selected: no condition). */
  types: DiscrepancyType[];
  /** Claims reported by at least one of these articles (none selected: no condition). */
  outlets: string[];
  show: ShowOption;
  sort: SortOption;
}

/** What the filters need to know about a claim. */
export interface ClaimFacts {
  id: string;
  position: number;
  articleIds: readonly string[];
  types: readonly string[];
  discrepancyCount: number;
}

export const DEFAULT_FILTERS: ClaimFilters = { types: [], outlets: [], show: 'all', sort: 'story' };

function list(params: URLSearchParams, key: string): string[] {
  return [...new Set(params.getAll(key).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))];
}

function oneOf<T extends string>(options: readonly T[], value: string | null, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** Reads filters from a query string; anything unknown is ignored rather than rejected (links outlive code). */
export function parseFilters(search: string | URLSearchParams, knownArticleIds?: readonly string[]): ClaimFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const outlets = list(params, 'outlet');
  return {
    types: typesFromUrl(params),
    outlets: knownArticleIds ? outlets.filter((id) => knownArticleIds.includes(id)) : outlets,
    show: oneOf(SHOW_OPTIONS, params.get('show'), DEFAULT_FILTERS.show),
    sort: oneOf(SORT_OPTIONS, params.get('sort'), DEFAULT_FILTERS.sort),
  };
}

/** The canonical query string of a view ("" for the default view), so equal views have equal URLs. */
export function filtersToSearch(filters: ClaimFilters): string {
  const params = new URLSearchParams();
  if (filters.types.length > 0) params.set('type', typesToUrl(filters.types));
  if (filters.outlets.length > 0) params.set('outlet', [...filters.outlets].sort().join(','));
  if (filters.show !== DEFAULT_FILTERS.show) params.set('show', filters.show);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

function matches(claim: ClaimFacts, filters: ClaimFilters, outletTotal: number): boolean {
  const outletCount = new Set(claim.articleIds).size;
  if (filters.types.length > 0 && !filters.types.some((type) => claim.types.includes(type))) return false;
  if (filters.outlets.length > 0 && !filters.outlets.some((id) => claim.articleIds.includes(id))) return false;
  switch (filters.show) {
    case 'differences':
      return claim.discrepancyCount > 0;
    case 'everywhere':
      return outletCount === outletTotal;
    case 'single':
      return outletCount === 1;
    case 'all':
      return true;
  }
}

/** The ids of the claims the view shows, in the view's order (ties keep story order). */
export function applyFilters(claims: readonly ClaimFacts[], filters: ClaimFilters, outletTotal: number): string[] {
  const key = (claim: ClaimFacts) =>
    filters.sort === 'outlets' ? new Set(claim.articleIds).size : filters.sort === 'discrepancies' ? claim.discrepancyCount : 0;
  return claims
    .filter((claim) => matches(claim, filters, outletTotal))
    .sort((a, b) => key(b) - key(a) || a.position - b.position)
    .map((claim) => claim.id);
}

/** The view in words, for a printed page: "Only claims with differences · differences in attribution or certainty · reported by The Sun · Story order". */
export function describeFilters(filters: ClaimFilters, outletNames: ReadonlyMap<string, string>): string {
  const or = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? ''));
  return [
    SHOW_LABELS[filters.show],
    filters.types.length > 0 && `differences in ${or(filters.types.map(discrepancyLabel))}`,
    filters.outlets.length > 0 && `reported by ${or(filters.outlets.map((id) => outletNames.get(id) ?? id))}`,
    SORT_LABELS[filters.sort],
  ]
    .filter(Boolean)
    .join(' · ');
}
