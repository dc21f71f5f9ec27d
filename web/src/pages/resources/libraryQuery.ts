import { facetNames, type FacetName } from '../../api/resources';

/** A search of the library as the address holds it: the words, one value per facet, sort, page. */
export interface LibraryQuery {
  q: string;
  facets: Readonly<Record<FacetName, string>>;
  sort: 'relevance' | 'newest';
  page: number;
}

/** Results per page; the API pages through the first 1,000 at most. */
export const PER_PAGE = 10;
const MAX_RESULTS = 1000;

/** The search the address's query asks for; anything missing or unreadable is the default. */
export function queryFromParams(params: URLSearchParams): LibraryQuery {
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? '',
    facets: Object.fromEntries(facetNames.map((name) => [name, params.get(name) ?? ''])) as Record<FacetName, string>,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The address's query for `query`, leaving out what is the default, so that shared links stay
 * short. The API takes the same names, so this is also the search sent to it.
 */
export function paramsFromQuery(query: LibraryQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  for (const name of facetNames) {
    if (query.facets[name] !== '') params.set(name, query.facets[name]);
  }
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** The search the API is asked for `query`. */
export function apiParams(query: LibraryQuery): URLSearchParams {
  const params = paramsFromQuery(query);
  params.set('per_page', String(PER_PAGE));
  return params;
}

/** `query` with `changes`, back on the first page unless the change is the page. */
export function withChanges(query: LibraryQuery, changes: Partial<LibraryQuery>): LibraryQuery {
  return { ...query, page: 1, ...changes };
}

/** `query` with one facet set ('' for any), back on the first page. */
export function withFacet(query: LibraryQuery, name: FacetName, value: string): LibraryQuery {
  return withChanges(query, { facets: { ...query.facets, [name]: value } });
}

/** `query` with every facet back to any, on the first page. */
export function withoutFacets(query: LibraryQuery): LibraryQuery {
  return withChanges(query, { facets: Object.fromEntries(facetNames.map((name) => [name, ''])) as Record<FacetName, string> });
}

/** True when any facet narrows the search. */
export function hasFacets(query: LibraryQuery): boolean {
  return facetNames.some((name) => query.facets[name] !== '');
}

/** How many pages `total` results make, counting only those the API lets one page through. */
export function pageCount(total: number): number {
  return Math.ceil(Math.min(total, MAX_RESULTS) / PER_PAGE);
}

/**
 * The page numbers to offer for `current` of `last`: the first, the last, and the current one
 * with its neighbours, with 'gap' where numbers are left out (1 … 4 5 6 … 12).
 */
export function pageNumbers(current: number, last: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const page of shown) {
    const previous = out[out.length - 1];
    if (typeof previous === 'number' && page - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) out.push('gap');
    out.push(page);
  }
  return out;
}
