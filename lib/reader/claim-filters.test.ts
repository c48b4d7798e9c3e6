import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS, describeFilters, filtersToSearch, parseFilters, SHOW_OPTIONS, SORT_OPTIONS, type ClaimFacts } from './claim-filters';
import { DISCREPANCY_TYPES } from './discrepancy-types';

const claims: ClaimFacts[] = [
  { id: 'withdrawn', position: 0, articleIds: ['itv', 'sun'], types: ['framing'], discrepancyCount: 1 },
  { id: 'half', position: 1, articleIds: ['itv', 'sun'], types: ['attribution', 'hedging'], discrepancyCount: 2 },
  { id: 'precaution', position: 2, articleIds: ['itv'], types: [], discrepancyCount: 0 },
  { id: 'troops', position: 3, articleIds: ['itv', 'sun', 'lbc', 'lbc'], types: ['hedging'], discrepancyCount: 1 },
  { id: 'zelensky', position: 4, articleIds: ['lbc'], types: [], discrepancyCount: 0 },
];

describe('claim filters', () => {
  it('reads a shared view from the query string and ignores what it does not know', () => {
    expect(parseFilters('?type=attribution,bogus&outlet=sun&outlet=nope&show=differences&sort=sideways', ['itv', 'sun'])).toEqual({
      types: ['attribution'],
      outlets: ['sun'],
      show: 'differences',
      sort: 'story',
    });
    expect(parseFilters('')).toEqual(DEFAULT_FILTERS);
    // "certainty" is what the page calls hedging; links made before that name still read the same.
    expect(parseFilters('?type=certainty').types).toEqual(['hedging']);
    expect(parseFilters('?type=hedging,certainty,quote').types).toEqual(['hedging', 'quote']);
  });

  it('writes a canonical query string: sorted lists, defaults left out', () => {
    // Types by the names the page shows, in the legend's order.
    expect(filtersToSearch({ types: ['hedging', 'attribution'], outlets: [], show: 'all', sort: 'discrepancies' })).toBe('?type=attribution,certainty&sort=discrepancies');
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe('');
  });

  it('round-trips every view through the URL', () => {
    fc.assert(
      fc.property(
        fc.record({
          types: fc.uniqueArray(fc.constantFrom(...DISCREPANCY_TYPES.map((info) => info.type))),
          outlets: fc.uniqueArray(fc.constantFrom('itv', 'sun', 'lbc')),
          show: fc.constantFrom(...SHOW_OPTIONS),
          sort: fc.constantFrom(...SORT_OPTIONS),
        }),
        (filters) => {
          const parsed = parseFilters(filtersToSearch(filters));
          expect({ ...parsed, types: [...parsed.types].sort(), outlets: [...parsed.outlets].sort() }).toEqual({
            ...filters,
            types: [...filters.types].sort(),
            outlets: [...filters.outlets].sort(),
          });
        },
      ),
    );
  });

  it('filters by type, outlet and coverage', () => {
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, types: ['attribution'] }, 3)).toEqual(['half']);
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, types: ['framing', 'attribution'] }, 3)).toEqual(['withdrawn', 'half']);
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, outlets: ['lbc'] }, 3)).toEqual(['troops', 'zelensky']);
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, show: 'differences' }, 3)).toEqual(['withdrawn', 'half', 'troops']);
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, show: 'everywhere' }, 3)).toEqual(['troops']);
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, show: 'single' }, 3)).toEqual(['precaution', 'zelensky']);
  });

  it('sorts by outlets or discrepancies, keeping story order among equals', () => {
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, sort: 'outlets' }, 3)).toEqual(['troops', 'withdrawn', 'half', 'precaution', 'zelensky']);
    expect(applyFilters(claims, { ...DEFAULT_FILTERS, sort: 'discrepancies' }, 3)).toEqual(['half', 'withdrawn', 'troops', 'precaution', 'zelensky']);
  });

  it('describes a view in words for the printed page', () => {
    const names = new Map([['itv', 'ITV News'], ['sun', 'The Sun']]);
    expect(describeFilters(DEFAULT_FILTERS, names)).toBe('All claims · Story order');
    expect(describeFilters({ types: ['attribution', 'hedging', 'scope'], outlets: ['sun'], show: 'differences', sort: 'discrepancies' }, names)).toBe(
      'Only claims with differences · differences in attribution, certainty or scope · reported by The Sun · Most differences first',
    );
  });
});
