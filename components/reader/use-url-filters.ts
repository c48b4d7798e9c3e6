'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { filtersToSearch, parseFilters, type ClaimFilters } from '@/lib/reader/claim-filters';

const CHANGE = 'parallax:search-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * The grid's filters, kept in the page's query string so a filtered view can be shared. The page itself
 * is served from the full-route cache and does not read the query: the server renders the default view
 * and the filters apply on hydration.
 */
export function useUrlFilters(knownArticleIds: readonly string[]): [ClaimFilters, (next: ClaimFilters) => void] {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const filters = parseFilters(search, knownArticleIds);
  const setFilters = useCallback((next: ClaimFilters) => {
    const url = `${window.location.pathname}${filtersToSearch(next)}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [filters, setFilters];
}
