/**
 * The search page: reads the query, the filters and the page from the URL, asks Pagefind for the
 * positions of the few words the query needs (src/lib/search/words.ts), works out exactly which
 * reports hold the query and how often (src/lib/search/found.ts), and shows one page of them,
 * each with an excerpt from the report's text chunks and a link to the section of the first
 * occurrence. Everything the reader typed reaches the page only as text, never as HTML.
 */
import { ui } from '../i18n/zh-CN.ts';
import { excerptParts } from '../lib/search/excerpt.ts';
import { findAll, type Occurrence } from '../lib/search/find.ts';
import { foldWithOrigins } from '../lib/search/fold.ts';
import { foundFor, mergeFound, wordHits, type Found, type SearchWords, type WordHits } from '../lib/search/found.ts';
import { queryParts, type PairKinds } from '../lib/search/matches.ts';
import { parseWordWeights, WORD_WEIGHTS_FILE, type WordWeights } from '../lib/search/words.ts';
import { capQuery, knownFilters, PAGE_SIZE, queryVariants, readSearchParams, writeSearchParams, FILTER_KEYS, type FilterKey, type SearchState } from '../lib/search/query.ts';
import { CHUNK, DICTIONARY_FILE, reportOfResult, unpackDictionary, unpackTextChunk, type ChunkReport, type TextChunk } from '../lib/search/text-chunks.ts';
import { sitePath } from '../lib/site-path.ts';
import { indexUrl, loadPagefind, type Pagefind, type PagefindFilters } from './pagefind.ts';
import { loadConvertible, toSimplified } from './simplify.ts';
import { startFilterList } from './filter-list.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The filters as Pagefind takes them: any of the ticked values within a group, all groups together. */
function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = { any: state.filters[key] };
  return filters;
}

/** Every report that holds a form of the query, most occurrences first (newest first among equals). */
async function searchReports(pagefind: Pagefind, variants: string[], filters: PagefindFilters): Promise<Found[]> {
  // Pagefind's answers, in the order they were asked for: each lists its reports newest first.
  const answers: Promise<WordHits>[] = [];
  const search: SearchWords = (words) => {
    const answer = pagefind.search(words.join(' '), { filters, sort: { date: 'desc' } }).then((found) => new Map((found?.results ?? []).map((result) => [result.id, result.words])));
    answers.push(answer);
    return answer;
  };
  const wordsOf = (variant: string, kinds: PairKinds) => queryParts(Array.from(variant), kinds).map((part) => part.word);
  // The searches below ask for every index chunk they need at once. Until the words' weights have
  // loaded (a search opened as a link), they cannot start: the chunks are fetched meanwhile. Which
  // pairs have count words and which are tripled is in the weights, so the chunks of both readings
  // are fetched ahead. A query of two characters is read as its count word (its pair's chunk may be
  // large); a longer one as its pairs and as its triples: a tripled pair is not in the index, and
  // the chunk its word would be in is a small one, so what is fetched in vain is a few small chunks.
  if (!loadedWordWeights) {
    const readings: PairKinds[] = [{ counted: () => true, tripled: () => false }, { counted: () => true, tripled: () => true }];
    for (const word of new Set(variants.flatMap((variant) => readings.flatMap((kinds) => wordsOf(variant, kinds))))) void pagefind.preload(word, { filters }).catch(() => {});
  }
  const { weights, tripled } = loadedWordWeights ?? (await loadWordWeights());
  const kinds: PairKinds = { counted: (pair) => weights.has(pair), tripled: (pair) => tripled.has(pair) };
  const found = await Promise.all(
    variants.map(async (variant) => {
      const hits = await wordHits(wordsOf(variant, kinds), (word) => weights.get(word) ?? 0, search);
      return foundFor(variant, (word) => hits.get(word) ?? new Map(), kinds);
    }),
  );
  // Each answer lists its reports newest first and holds every report that holds its form of the
  // query, so the first answer asked for that lists a report ranks it.
  const order = new Map<string, number>();
  for (const answer of await Promise.all(answers)) for (const id of answer.keys()) if (!order.has(id)) order.set(id, order.size);
  return mergeFound(found, (id) => order.get(id) ?? 0);
}

let wordWeights: Promise<WordWeights> | undefined;
let loadedWordWeights: WordWeights | undefined;
/** The index's heaviest words and its tripled pairs (src/lib/search/words.ts), loaded once. */
function loadWordWeights(): Promise<WordWeights> {
  wordWeights ??= loadIndexFile(WORD_WEIGHTS_FILE).then((bytes) => (loadedWordWeights = parseWordWeights(new TextDecoder().decode(bytes))));
  wordWeights.catch(() => (wordWeights = undefined));
  return wordWeights;
}

/** A file of the index, as bytes; a failed fetch is not kept, so a later search tries again. */
const fileCache = new Map<string, Promise<ArrayBuffer>>();
function loadIndexFile(file: string): Promise<ArrayBuffer> {
  let bytes = fileCache.get(file);
  if (!bytes) {
    bytes = fetch(`${indexUrl}${file}`).then((response) => {
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return response.arrayBuffer();
    });
    fileCache.set(file, bytes);
    bytes.catch(() => fileCache.delete(file));
  }
  return bytes;
}

let dictionary: Promise<Uint8Array> | undefined;
/** The dictionary every text chunk is compressed with (src/lib/search/text-packing.ts), loaded once. */
function loadDictionary(): Promise<Uint8Array> {
  dictionary ??= loadIndexFile(DICTIONARY_FILE).then(unpackDictionary);
  dictionary.catch(() => (dictionary = undefined));
  return dictionary;
}

/** A report's text chunk i. */
async function loadChunk(report: string, i: number): Promise<TextChunk> {
  const [words, stored] = await Promise.all([loadDictionary(), loadIndexFile(`text/${encodeURIComponent(report)}/${i}.pf_text`)]);
  return unpackTextChunk(words, stored);
}

interface Shown {
  chunk: TextChunk;
  matches: Occurrence[];
  match: Occurrence;
  heading: { id: string; text: string } | null;
}

/**
 * The report's facts, and the chunk that holds the first occurrence with the occurrences in it and
 * the heading it stands under (none when no chunk holds it, which a sound index never gives).
 */
async function locate(report: string, found: Found): Promise<{ facts: ChunkReport; shown: Shown | null }> {
  const { variant, offset } = found.first;
  const first = offset === null ? 0 : Math.floor(offset / CHUNK);
  let chunk = await loadChunk(report, first);
  // The place of a query answered by a count word (a character, a heavy pair) is not in the index: the first chunk that holds it (common ones are in the first).
  const last = offset === null ? chunk.report.chunks - 1 : first;
  for (let i = first; ; chunk = await loadChunk(report, i)) {
    const folded = foldWithOrigins(chunk.text);
    const matches = findAll(chunk.text, variant, folded);
    if (matches.length) {
      const { origin } = folded;
      const local = offset === null ? origin.findIndex((at) => at >= matches[0].start) : offset - i * CHUNK;
      const match = matches.find((m) => m.start >= origin[local]) ?? matches[0];
      const under = chunk.headings.filter(([at]) => at <= local).at(-1);
      return { facts: chunk.report, shown: { chunk, matches, match, heading: under ? { id: under[1], text: under[2] } : null } };
    }
    if (++i > last) return { facts: chunk.report, shown: null };
  }
}

async function renderResult(found: Found): Promise<HTMLLIElement> {
  // A result's id names its report (the merge names fragments so), whose chunks hold all a result shows.
  const report = reportOfResult(found.id);
  const { facts: meta, shown } = await locate(report, found);
  const url = sitePath(`/reports/${report}/`);
  const item = document.createElement('li');
  item.className = 'search-result';

  const title = document.createElement('h2');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  const target = new URL(url, location.origin);
  target.searchParams.set('hl', found.first.variant);
  if (shown?.heading) target.hash = shown.heading.id;
  link.href = target.pathname + target.search + target.hash;
  link.textContent = meta.title;
  title.append(link);

  const facts = document.createElement('p');
  facts.className = 'search-result__meta';
  facts.textContent = [meta.kindLabel, meta.region, meta.dateLabel, `${ui.search.section}：${shown?.heading?.text ?? ui.search.opening}`].join(' · ');

  const count = document.createElement('p');
  count.className = 'search-result__count';
  count.textContent = ui.search.occurrences(found.count);

  item.append(title, facts, count);
  if (shown) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    for (const part of excerptParts(shown.chunk.text, shown.matches, shown.match)) {
      if (!part.marked) {
        excerpt.append(part.text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
    item.append(excerpt);
  }
  return item;
}

/** Links to the other pages of results: previous, a window of page numbers, next. */
function renderPager(nav: HTMLElement, state: SearchState, pages: number, go: (page: number) => void): void {
  nav.replaceChildren();
  nav.hidden = pages <= 1;
  if (pages <= 1) return;
  const link = (page: number, text: string, rel?: string) => {
    const a = document.createElement('a');
    a.href = `?${writeSearchParams({ ...state, page })}`;
    a.textContent = text;
    if (rel) a.rel = rel;
    if (page === state.page) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', (event) => {
      event.preventDefault();
      go(page);
    });
    return a;
  };
  const items: HTMLElement[] = [];
  if (state.page > 1) items.push(link(state.page - 1, ui.search.previousPage, 'prev'));
  const from = Math.max(1, Math.min(state.page - 3, pages - 6));
  const to = Math.min(pages, from + 6);
  if (from > 1) items.push(link(1, '1'));
  for (let page = from; page <= to; page++) items.push(link(page, String(page)));
  if (to < pages) items.push(link(pages, String(pages)));
  if (state.page < pages) items.push(link(state.page + 1, ui.search.nextPage, 'next'));
  nav.append(...items);
}

export function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const results = byId<HTMLOListElement>('search-results');
  const status = byId<HTMLParagraphElement>('search-status');
  const notes = byId<HTMLParagraphElement>('search-notes');
  const pager = byId<HTMLElement>('search-pages');
  let generation = 0;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter-list]')) startFilterList(box);

  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const offered = (key: FilterKey, value: string) => boxes().some((box) => box.name === key && box.value === value);
  const stateFromForm = (): SearchState => readSearchParams(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));

  function showState(state: SearchState) {
    input.value = state.q;
    for (const box of boxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  }

  async function run(requested: SearchState) {
    const current = ++generation;
    const { filters, dropped } = knownFilters(requested.filters, offered);
    const { q, cut } = capQuery(requested.q);
    const state = { ...requested, q, filters };
    showState(state);
    notes.textContent = [cut ? ui.search.queryCut : '', dropped.length ? ui.search.filtersDropped(dropped) : ''].filter(Boolean).join(' ');
    notes.hidden = !notes.textContent;
    results.setAttribute('aria-busy', 'true');
    results.removeAttribute('data-total');
    results.replaceChildren();
    pager.hidden = true;
    if (!q) {
      status.textContent = ui.search.empty;
      results.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = ui.search.searching;
    try {
      const [pagefind, simplified] = await Promise.all([loadPagefind(), toSimplified(q)]);
      const found = await searchReports(pagefind, queryVariants(q, simplified), pagefindFilters(state));
      const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
      const page = Math.min(state.page, pages);
      const shown = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const items = await Promise.all(shown.map(renderResult));
      if (current !== generation) return;
      results.replaceChildren(...items);
      results.start = (page - 1) * PAGE_SIZE + 1;
      results.dataset.total = String(found.length);
      status.textContent = found.length ? ui.search.count(found.length, q, results.start, results.start + shown.length - 1) : ui.search.none(q);
      renderPager(pager, { ...state, page }, pages, (to) => go({ ...state, page: to }, 'push'));
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = ui.search.failed;
    }
    // A newer search may have started meanwhile; only the current one may say it is done.
    if (current === generation) results.setAttribute('aria-busy', 'false');
  }

  function go(state: SearchState, how: 'push' | 'replace') {
    const query = writeSearchParams(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== location.pathname + location.search) history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  }

  let typing: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The search for what was typed runs now, not again when the typing pause ends.
    clearTimeout(typing);
    go(stateFromForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') go(stateFromForm(), 'push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => go(stateFromForm(), 'replace'), 300);
  });
  window.addEventListener('popstate', () => void run(readSearchParams(new URLSearchParams(location.search))));

  void run(readSearchParams(new URLSearchParams(location.search)));
  // The engine, the index's metadata and the dictionaries load while the reader types, not after Enter.
  void loadPagefind().catch(() => {});
  void loadConvertible().catch(() => {});
  void loadDictionary().catch(() => {});
  void loadWordWeights().catch(() => {});
}
