/**
 * The search page: reads the query and filters from the URL, asks Pagefind
 * for the records that hold all the query's words (src/lib/search-tokens.ts),
 * checks each candidate report against its text, and lists the reports that
 * contain the query, each linking to the section that holds it. Everything
 * the reader typed reaches the page only as text (textContent), never as HTML.
 */
import { ui } from '../i18n/zh-CN.ts';
import { excerptAround, findMatch, queryVariants, readSearchParams, writeSearchParams, FILTER_KEYS, type Match, type SearchState } from '../lib/search-query.ts';
import { queryWords } from '../lib/search-tokens.ts';
import { loadPagefind, type Pagefind, type PagefindFilters, type PagefindRecord } from './pagefind.ts';
import { loadSimplifier } from './simplify.ts';

interface Hit {
  report: string;
  record: PagefindRecord;
  match: Match;
  text: string;
  query: string;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The filters as Pagefind takes them: any of the ticked values within a group, all groups together. */
function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = { any: state.filters[key] };
  return filters;
}

/** The first section of a report that really holds the query (Pagefind's candidates are checked against their text). */
async function firstHit(pagefind: Pagefind, report: string, variant: string, filters: PagefindFilters): Promise<Hit | null> {
  const search = await pagefind.search(queryWords(variant).join(' '), { filters: { ...filters, report } });
  for (const result of search?.results ?? []) {
    const record = await result.data();
    const text = record.meta.text + record.meta.next;
    const match = findMatch(text, variant);
    if (match) return { report, record, match, text, query: variant };
  }
  return null;
}

/** Every report that contains one of the query's variants, most matching sections first. */
async function findReports(pagefind: Pagefind, variants: string[], filters: PagefindFilters): Promise<Hit[]> {
  const candidates = new Map<string, { count: number; variant: string }>();
  for (const variant of variants) {
    const search = await pagefind.search(queryWords(variant).join(' '), { filters });
    for (const [report, count] of Object.entries(search?.filters?.report ?? {})) {
      if (count > 0 && !candidates.has(report)) candidates.set(report, { count, variant });
    }
  }
  const ordered = [...candidates].sort((a, b) => b[1].count - a[1].count);
  const hits = await Promise.all(
    ordered.map(async ([report]) => {
      for (const variant of variants) {
        const hit = await firstHit(pagefind, report, variant, filters);
        if (hit) return hit;
      }
      return null;
    }),
  );
  return hits.filter((hit): hit is Hit => hit !== null);
}

function renderHit(hit: Hit): HTMLLIElement {
  const { meta, url } = hit.record;
  const item = document.createElement('li');
  item.className = 'search-result';

  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  const target = new URL(url, location.origin);
  target.searchParams.set('hl', hit.query);
  link.href = target.pathname + target.search + target.hash;
  link.textContent = meta.title;
  heading.append(link);

  const facts = document.createElement('p');
  facts.className = 'search-result__meta';
  facts.textContent = [meta.kindLabel, meta.region, meta.dateLabel, `${ui.search.section}：${meta.section || ui.search.opening}`].join(' · ');

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  const { before, match, after } = excerptAround(hit.text, hit.match);
  const mark = document.createElement('mark');
  mark.textContent = match;
  excerpt.append(before, mark, after);

  item.append(heading, facts, excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const results = byId<HTMLOListElement>('search-results');
  const status = byId<HTMLParagraphElement>('search-status');
  let generation = 0;

  const stateFromForm = (): SearchState =>
    readSearchParams(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));

  function showState(state: SearchState) {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as (typeof FILTER_KEYS)[number]]?.includes(box.value) ?? false;
    }
  }

  async function run(state: SearchState) {
    const current = ++generation;
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren();
    const q = state.q.trim();
    if (!q) {
      status.textContent = ui.search.empty;
      results.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = ui.search.searching;
    try {
      const [pagefind, simplify] = await Promise.all([loadPagefind(), loadSimplifier()]);
      const hits = await findReports(pagefind, queryVariants(q, simplify), pagefindFilters(state));
      if (current !== generation) return;
      results.replaceChildren(...hits.map(renderHit));
      status.textContent = hits.length ? ui.search.count(hits.length, q) : ui.search.none(q);
    } catch (error) {
      if (current !== generation) return;
      console.error(error);
      status.textContent = ui.search.failed;
    }
    results.setAttribute('aria-busy', 'false');
  }

  function go(state: SearchState, how: 'push' | 'replace') {
    const query = writeSearchParams(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== location.pathname + location.search) history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(stateFromForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') go(stateFromForm(), 'push');
  });
  let typing: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => go(stateFromForm(), 'replace'), 300);
  });
  window.addEventListener('popstate', () => {
    const state = readSearchParams(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = readSearchParams(new URLSearchParams(location.search));
  showState(initial);
  void run(initial);
}
