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

/** Pagefind's browser API, in the index. */
export const pagefindScriptUrl = `${indexUrl}pagefind.js`;

/** The files Pagefind gzips: its engine's WebAssembly, its metadata, index chunks, fragments and filters. */
const GZIPPED = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

/**
 * Pagefind inflates the files it fetches in JavaScript (fflate): on this machine 70 ms for its
 * WebAssembly when the page opens and 15–40 ms for a query's index chunks. It takes a file that
 * starts with its signature as already inflated, and it has no hook for inflating; so its fetches
 * of gzipped files are answered inflated by the browser's own DecompressionStream, in native code.
 * Any other fetch, and a file that is not gzip, passes as it is.
 */
let inflatingNatively = false;
function inflateNatively(): void {
  if (inflatingNatively || typeof DecompressionStream === 'undefined') return;
  inflatingNatively = true;
  const fetchAsIs = window.fetch.bind(window);
  const index = new URL(indexUrl, location.href).href;
  window.fetch = async (input, init) => {
    const response = await fetchAsIs(input, init);
    const url = new URL(input instanceof Request ? input.url : input, location.href);
    if (!response.ok || !url.href.startsWith(index) || !GZIPPED.test(url.pathname)) return response;
    const kept = { status: response.status, statusText: response.statusText, headers: response.headers };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, kept);
    // A stream of the bytes in hand: making a Blob of them, measured here, cost more than fflate's inflating.
    const gzipped = new ReadableStream<BufferSource>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    return new Response(gzipped.pipeThrough(new DecompressionStream('gzip')), kept);
  };
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    inflateNatively();
    const pagefind = (await import(/* @vite-ignore */ pagefindScriptUrl)) as Pagefind;
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
