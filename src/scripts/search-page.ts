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
    if (match) return { record, match, text, query: variant };
  }
  return null;
}

/** How many reports are checked and shown at a time. */
const PAGE_SIZE = 10;

/**
 * The reports that may contain the query, most matching sections first, from
 * Pagefind's per-report counts (no records fetched yet). `more()` checks the
 * next candidates against their text until it has another page of reports
 * that really contain the query.
 */
async function findReports(pagefind: Pagefind, variants: string[], filters: PagefindFilters) {
  const counts = new Map<string, number>();
  // Excluding a report id no report has makes Pagefind load just the `report`
  // filter and count the candidate records per report, without fetching any record.
  const counted = { ...filters, report: { none: ['~'] } };
  for (const variant of variants) {
    const search = await pagefind.search(queryWords(variant).join(' '), { filters: counted });
    for (const [report, count] of Object.entries(search?.filters?.report ?? {})) {
      if (count > 0) counts.set(report, Math.max(count, counts.get(report) ?? 0));
    }
  }
  const candidates = [...counts].sort((a, b) => b[1] - a[1]).map(([report]) => report);
  let checked = 0;
  const verify = async (report: string) => {
    for (const variant of variants) {
      const hit = await firstHit(pagefind, report, variant, filters);
      if (hit) return hit;
    }
    return null;
  };
  return {
    candidates: candidates.length,
    get checkedAll() {
      return checked >= candidates.length;
    },
    async more(): Promise<Hit[]> {
      const hits: Hit[] = [];
      while (hits.length < PAGE_SIZE && checked < candidates.length) {
        const batch = candidates.slice(checked, checked + PAGE_SIZE - hits.length);
        checked += batch.length;
        for (const hit of await Promise.all(batch.map(verify))) if (hit) hits.push(hit);
      }
      return hits;
    },
  };
}

/** The deepest heading at or before the match: the (sub)section a result links to. */
function headingOf(hit: Hit): { id: string; text: string } | null {
  const headings = JSON.parse(hit.record.meta.headings) as [number, string, string][];
  const before = headings.filter(([at]) => at <= hit.match.start).at(-1);
  return before ? { id: before[1], text: before[2] } : null;
}

function renderHit(hit: Hit): HTMLLIElement {
  const { meta, url } = hit.record;
  const section = headingOf(hit);
  const item = document.createElement('li');
  item.className = 'search-result';

  const title = document.createElement('h2');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  const target = new URL(url, location.origin);
  target.searchParams.set('hl', hit.query);
  target.hash = section ? section.id : '';
  link.href = target.pathname + target.search + target.hash;
  link.textContent = meta.title;
  title.append(link);

  const facts = document.createElement('p');
  facts.className = 'search-result__meta';
  facts.textContent = [meta.kindLabel, meta.region, meta.dateLabel, `${ui.search.section}：${section?.text ?? ui.search.opening}`].join(' · ');

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  const { before, match, after } = excerptAround(hit.text, hit.match);
  const mark = document.createElement('mark');
  mark.textContent = match;
  excerpt.append(before, mark, after);

  item.append(title, facts, excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-query');
  const results = byId<HTMLOListElement>('search-results');
  const status = byId<HTMLParagraphElement>('search-status');
  const more = byId<HTMLButtonElement>('search-more');
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
    more.hidden = true;
    const q = state.q.trim();
    if (!q) {
      status.textContent = ui.search.empty;
      results.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = ui.search.searching;
    try {
      const [pagefind, simplify] = await Promise.all([loadPagefind(), loadSimplifier()]);
      const found = await findReports(pagefind, queryVariants(q, simplify), pagefindFilters(state));
      let shown = 0;
      const showMore = async () => {
        const hits = await found.more();
        if (current !== generation) return;
        results.append(...hits.map(renderHit));
        shown += hits.length;
        more.hidden = found.checkedAll;
        status.textContent = !shown ? ui.search.none(q) : found.checkedAll ? ui.search.count(shown, q) : ui.search.countAtMost(shown, found.candidates, q);
      };
      more.onclick = () => {
        results.setAttribute('aria-busy', 'true');
        void showMore()
          .catch(() => current === generation && (status.textContent = ui.search.failed))
          .finally(() => current === generation && results.setAttribute('aria-busy', 'false'));
      };
      await showMore();
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
  window.addEventListener('popstate', () => {
    const state = readSearchParams(new URLSearchParams(location.search));
    showState(state);
    void run(state);
  });

  const initial = readSearchParams(new URLSearchParams(location.search));
  showState(initial);
  void run(initial);
}
