/** Loads Pagefind's browser API from the index the build wrote to pagefind/ under the site's base (typed for what the site uses). */
import { sitePath } from '../lib/site-path.ts';

export type PagefindFilters = Record<string, string | { any: string[] } | { none: string[] }>;

export interface PagefindRecord {
  url: string;
  meta: Record<'title' | 'headings' | 'text' | 'next' | 'dateLabel' | 'kindLabel' | 'region' | 'report', string>;
}

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindRecord> }[];
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = sitePath('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
