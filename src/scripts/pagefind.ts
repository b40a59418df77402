/**
 * Loads Pagefind's browser API from the index the build wrote (src/integrations/search-index.ts:
 * one bundle, whatever the number of reports). Typed for what the site uses.
 */
import { sitePath } from '../lib/site-path.ts';

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResult {
  id: string;
  /** The positions of the searched word in the record. */
  words: number[];
  data(): Promise<{ url: string; meta: Record<'id' | 'title' | 'kindLabel' | 'region' | 'dateLabel' | 'chunks', string> }>;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Where the index lives, under the site's base path. */
export const indexUrl = sitePath('/pagefind/');

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${indexUrl}pagefind.js`)) as Pagefind;
    // Excerpts come from the site's own text chunks, so Pagefind's are never asked for. A search
    // here is a few single-word lookups: the main thread does them at once, and the worker's own
    // script (~14 KB) is not fetched.
    await pagefind.options({ excerptLength: 0, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
