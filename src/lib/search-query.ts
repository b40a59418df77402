/** The search page's state in the URL, and how a match is found and cut out of a record's text. */
import { foldForSearch } from './search-tokens.ts';

export const FILTER_KEYS = ['region', 'kind', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

/** Reads the query and the filters from the page's URL (`?q=…&region=…&kind=…&year=…`). */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter(Boolean))]])) as SearchState['filters'];
  return { q: params.get('q') ?? '', filters };
}

/** The URL query string for a state; empty values are left out. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params.toString();
}

/** The distinct folded forms to search for: the query as typed and its Simplified form. */
export function queryVariants(query: string, toSimplified: (text: string) => string): string[] {
  return [...new Set([foldForSearch(query), foldForSearch(toSimplified(query))])].filter(Boolean);
}

export interface Match {
  start: number;
  end: number;
}

/**
 * Where a folded query stands in a text as displayed: offsets into the text,
 * found by folding it character by character so whitespace inside the match
 * (a line break in the source) and full-width forms are matched too.
 */
export function findMatch(text: string, foldedQuery: string): Match | null {
  if (!foldedQuery) return null;
  const chars = Array.from(text);
  let folded = '';
  const origin: number[] = []; // origin[i]: offset in `text` of the character folded[i] came from
  let offset = 0;
  for (const char of chars) {
    const f = foldForSearch(char);
    for (let k = 0; k < f.length; k++) origin.push(offset);
    folded += f;
    offset += char.length;
  }
  const at = folded.indexOf(foldedQuery);
  if (at < 0) return null;
  const lastOrigin = origin[at + foldedQuery.length - 1];
  return { start: origin[at], end: lastOrigin + String.fromCodePoint(text.codePointAt(lastOrigin)!).length };
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** The match with up to `radius` characters either side, cut with an ellipsis where the text goes on. */
export function excerptAround(text: string, match: Match, radius = 40): Excerpt {
  const from = Math.max(0, match.start - radius);
  const to = Math.min(text.length, match.end + radius);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, match.start),
    match: text.slice(match.start, match.end),
    after: text.slice(match.end, to) + (to < text.length ? '…' : ''),
  };
}
