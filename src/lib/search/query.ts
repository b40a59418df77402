/** The search page's state in the URL: the query, the filters and the page of results. */
import { foldQuery, QUERY_MAX_LENGTH } from './find.ts';

export const FILTER_KEYS = ['region', 'kind', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string[]>;

/** Reports per page of results. */
export const PAGE_SIZE = 10;

export interface SearchState {
  q: string;
  filters: Filters;
  /** From 1. */
  page: number;
}

/** Reads the query, the filters and the page from the page's URL (`?q=…&region=…&kind=…&year=…&page=…`). */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter(Boolean))]])) as Filters;
  const page = Number(params.get('page'));
  return { q: params.get('q') ?? '', filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** The URL query string for a state; empty values and the first page are left out. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** The query cut to QUERY_MAX_LENGTH characters (a longer one is never a phrase of a report, and would cost the browser time). */
export function capQuery(query: string): { q: string; cut: boolean } {
  const chars = Array.from(query.trim());
  return chars.length > QUERY_MAX_LENGTH ? { q: chars.slice(0, QUERY_MAX_LENGTH).join(''), cut: true } : { q: query.trim(), cut: false };
}

/** The filters without values the page does not offer (a mistyped or stale link), and those dropped as `key=value`. */
export function knownFilters(filters: Filters, offered: (key: FilterKey, value: string) => boolean): { filters: Filters; dropped: string[] } {
  const dropped: string[] = [];
  const kept = Object.fromEntries(
    FILTER_KEYS.map((key) => [
      key,
      filters[key].filter((value) => {
        if (offered(key, value)) return true;
        dropped.push(`${key}=${value}`);
        return false;
      }),
    ]),
  ) as Filters;
  return { filters: kept, dropped };
}

/** The distinct folded forms to search for, each at most QUERY_MAX_LENGTH folded characters: the query as typed and its Simplified form (`simplified`). */
export function queryVariants(query: string, simplified: string): string[] {
  return [...new Set([foldQuery(query), foldQuery(simplified)])].filter(Boolean);
}
