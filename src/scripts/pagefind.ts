/**
 * Loads Pagefind's browser API from the index the build wrote (src/integrations/search-index.ts:
 * one bundle, whatever the number of reports). Typed for what the site uses.
 */
import { sitePath } from '../lib/site-path.ts';

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindResult {
  /** The record's fragment's name (which names its report: reportOfResult in src/lib/search/text-chunks.ts). */
  id: string;
  /** The positions in the record of the words searched. */
  words: number[];
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
  /** Fetches the index chunks a search for the query needs, without searching. */
  preload(query: string, options?: { filters?: PagefindFilters }): Promise<void>;
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
    // Pagefind splits every query into words with Intl.Segmenter, and the first segmenter for
    // Chinese loads ICU's word dictionary (15–35 ms in Chromium; later ones cost nothing): made
    // now, while the reader types, so that the first search does not wait for it.
    if ('Segmenter' in Intl) new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
