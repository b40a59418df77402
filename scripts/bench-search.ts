/**
 * `npm run bench:search -- <folder of reports> [--sizes 100,300,all] [--queries 60]`: imports the
 * folder's reports (npm run import, into a scratch folder), builds the site with the five reports
 * of the repository and 100, 300, … of the imported ones, and prints for each size: build time
 * and peak memory (the whole process tree, indexer included), index size per report, and for a
 * fixed, seeded query set drawn from the built texts (named terms and random 1–8-character
 * substrings): recall and precision (checked against the texts), time to first results (median,
 * p90, worst: from Enter to the results painted, timed in the page; beside it the harness's view
 * and a search opened as a link) and the bytes of a first and a second query, in Chromium against
 * a gzip static server. Prints figures; asserts nothing.
 *
 * `npm run bench:search -- --built <site> [--queries 60]` measures a site built already (its
 * `dist/`), without importing or building: how a corpus that is not a folder of sources is
 * measured, e.g. 3,000 reports made of the real ones and copies of them under other ids.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, waitForResults } from './chromium.ts';
import { runMeasured } from './process-tree.ts';
import { serveStatic } from './static-server.ts';
import { seededRandom } from './seeded-random.ts';
import { articleText } from '../src/lib/search/records.ts';
import { foldForSearch } from '../src/lib/search/fold.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sizes: { type: 'string', default: '100,300,all' }, queries: { type: 'string', default: '60' }, built: { type: 'string' } },
});
if (positionals.length !== (values.built ? 0 : 1)) {
  console.error('usage: npm run bench:search -- <folder of reports> [--sizes 100,300,all] [--queries 60]\n       npm run bench:search -- --built <built site> [--queries 60]');
  process.exit(2);
}
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const RANDOM_QUERIES = Number(values.queries);
/** Terms a reader of government reports looks for (the named part of the query set). */
const NAMED = ['高质量发展', '营商环境', '乡村振兴', '十四五', '一带一路', '供给侧结构性改革', '新质生产力', '脱贫攻坚', '碳达峰', 'GDP', '放管服', '粮食安全', '国内生产总值', '小康社会', '2.5%', '“三农”'];

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-search-'));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/**
 * In the page, before its scripts run: a clock of what a reader waits for, from the search's start
 * (the page's opening, or the Enter that submits a typed query) to the first frame painted with
 * the results. The harness's own typing and polling are not in it.
 */
function installResultsClock() {
  const clock = { start: 0, shown: false };
  Object.assign(window, { resultsClock: clock });
  addEventListener('keydown', (event) => { if (event.key === 'Enter' && Number.isNaN(clock.start)) clock.start = performance.now(); }, { capture: true });
  let pending = false;
  new MutationObserver(() => {
    const results = document.getElementById('search-results');
    if (pending || clock.shown || Number.isNaN(clock.start) || results?.getAttribute('aria-busy') !== 'false') return;
    pending = true;
    // After the frame that shows the results has been painted; told as a console message, which
    // the harness hears without running anything in the page while it searches.
    requestAnimationFrame(() => setTimeout(() => {
      console.info(`results shown after ${performance.now() - clock.start} ms`);
      clock.shown = true;
      pending = false;
    }));
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['aria-busy'] });
}
type ClockWindow = Window & { resultsClock: { start: number; shown: boolean } };
/** The clock's next reading; asked for before the search starts. */
const nextReading = (page: Page) =>
  page.waitForEvent('console', { predicate: (message) => message.text().startsWith('results shown after '), timeout: 120_000 }).then((message) => Number(message.text().split(' ')[3]));

/** What `done` gives, and the sizes (as sent, compressed) of the requests made until it settles. */
async function bytesFetched<T>(context: BrowserContext, done: () => Promise<T>): Promise<{ value: T; bytes: number }> {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    if (!/\/search\/$|\.css$/.test(new URL(request.url()).pathname) || request.resourceType() === 'fetch') sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
  };
  context.on('requestfinished', onFinished);
  const value = await done();
  context.off('requestfinished', onFinished);
  return { value, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
}

/**
 * A query typed into the search page: the bytes fetched (the first query's from opening the page:
 * what the page loads ahead for search and its scripts included, its HTML and CSS not), the time
 * the reader waits (Enter to results painted) and the time the harness sees (from typing to the
 * page's clock and then its poll seeing the results, what this benchmark printed as the time before).
 */
async function typedQuery(page: Page, context: BrowserContext, query: string, open = false) {
  const { value: times, bytes } = await bytesFetched(context, async () => {
    if (open) {
      await page.goto('/search/');
      // What the page loads ahead for search has arrived.
      await page.waitForLoadState('networkidle');
      // Playwright's own script, compiled on its first use in a page, is compiled before the search.
      await page.waitForFunction(() => true);
    }
    await page.evaluate(() => {
      Object.assign((window as unknown as ClockWindow).resultsClock, { start: Number.NaN, shown: false });
      document.getElementById('search-results')!.setAttribute('aria-busy', 'true');
    });
    const reading = nextReading(page);
    const started = performance.now();
    await page.locator('#search-query').fill(query);
    await page.locator('#search-query').press('Enter');
    // The page's clock is heard first: Playwright's poll runs in the page, every frame, and would
    // slow the search it times (by ~20 ms at the median, measured here).
    const ms = await reading;
    await waitForResults(page, 120_000);
    return { harnessMs: performance.now() - started, ms };
  });
  return { ...times, bytes, total: Number(await page.locator('#search-results').getAttribute('data-total')), shown: await page.$$eval('#search-results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)) };
}

/** A query opened as a link, `/search/?q=…`, in a fresh browser: the time from opening it to its results painted. */
async function openedQuery(context: BrowserContext, query: string): Promise<number> {
  const page = await context.newPage();
  const reading = nextReading(page);
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  return reading;
}

/** Steps 2 and 3 for a built site: the query set drawn from its texts, each query searched as a reader would. */
async function measureSite(browser: Browser, out: string, heading: string): Promise<void> {
  const reports = readdirSync(path.join(out, 'reports'));
  const indexBytes = dirBytes(path.join(out, 'pagefind'));
  console.log(`\n${reports.length} reports${heading}; index ${mb(indexBytes)}, ${kb(indexBytes / reports.length)} per report`);

  // 2. The query set, drawn from the built texts; the truth is the texts themselves.
  const texts = new Map(reports.map((id) => [`/reports/${id}/`, foldForSearch(articleText(cheerio.load(readFileSync(path.join(out, 'reports', id, 'index.html'), 'utf8'))).text)]));
  const urls = [...texts.keys()].sort();
  const next = seededRandom(20261124);
  const queries = [...NAMED];
  while (queries.length < NAMED.length + RANDOM_QUERIES) {
    const chars = Array.from(texts.get(urls[Math.floor(next() * urls.length)])!);
    const length = 1 + Math.floor(next() * 8);
    const start = Math.floor(next() * Math.max(1, chars.length - length));
    queries.push(chars.slice(start, start + length).join(''));
  }

  // 3. Each query as a reader's first search (a fresh browser, nothing cached), then a second one.
  const server = await serveStatic(out);
  const first: { ms: number; harnessMs: number; bytes: number }[] = [];
  const second: number[] = [];
  const opened: number[] = [];
  let right = 0;
  const wrong: string[] = [];
  for (const [i, query] of queries.entries()) {
    const context = await browser.newContext({ baseURL: server.url });
    await context.addInitScript(installResultsClock);
    const page = await context.newPage();
    const folded = foldForSearch(query);
    const expected = new Set(urls.filter((url) => texts.get(url)!.includes(folded)));
    const result = await typedQuery(page, context, query, true);
    first.push(result);
    // Exact: the total is the number of reports that hold it, and every report shown holds it.
    if (result.total === expected.size && result.shown.every((url) => expected.has(url))) right++;
    else wrong.push(`${query} (${result.total} found, ${expected.size} hold it)`);
    second.push((await typedQuery(page, context, queries[(i + 1) % queries.length])).bytes);
    await context.close();
    const linked = await browser.newContext({ baseURL: server.url });
    await linked.addInitScript(installResultsClock);
    opened.push(await openedQuery(linked, query));
    await linked.close();
  }
  server.close();
  const ms = first.map((f) => f.ms);
  const harnessMs = first.map((f) => f.harnessMs);
  const bytes = first.map((f) => f.bytes);
  console.log(`  ${queries.length} queries (${NAMED.length} named, ${RANDOM_QUERIES} random of 1–8 characters): exact (recall and precision 1.0) for ${right}${wrong.length ? `; not for ${wrong.join(', ')}` : ''}`);
  const times = (values: number[]) => `median ${quantile(values, 0.5).toFixed(0)} ms, p90 ${quantile(values, 0.9).toFixed(0)} ms, worst ${Math.max(...values).toFixed(0)} ms (${queries[values.indexOf(Math.max(...values))]})`;
  console.log(`  time to first results (Enter to results painted): ${times(ms)}`);
  console.log(`    as the harness sees it (typing to its poll seeing them, after the clock): ${times(harnessMs)}`);
  console.log(`    opened as a link, /search/?q= (opening to results painted): ${times(opened)}`);
  console.log(`  first query: median ${kb(quantile(bytes, 0.5))}, worst ${kb(Math.max(...bytes))} (${queries[bytes.indexOf(Math.max(...bytes))]}); second query: median ${kb(quantile(second, 0.5))}, worst ${kb(Math.max(...second))}`);
}

const browser = await launchChromium();
if (values.built) await measureSite(browser, fromCaller(values.built), ' (built already)');
else {
  // 1. Import the corpus once (files with problems are reported and left out).
  const corpus = fromCaller(positionals[0]);
  const imported = path.join(scratch, 'imported');
  const importRun = await runMeasured(process.execPath, [path.join(root, 'scripts/import.ts'), '--skip-bad', '--out', imported, corpus], { cwd: root, env: process.env });
  const importedIds = readdirSync(path.join(imported, 'reports')).filter((f) => f.endsWith('.mdx')).sort();
  const problems = importRun.output.split('\n').filter((line) => line.startsWith('✖')).length;
  console.log(`imported ${importedIds.length} reports from ${corpus} in ${importRun.seconds.toFixed(0)} s (${problems} files with problems left out)`);

  const sizes = values.sizes.split(',').map((s) => (s === 'all' ? importedIds.length : Math.min(Number(s), importedIds.length)));
  for (const size of [...new Set(sizes)]) {
    // Evenly spread over the corpus (all years and regions), with the repository's five reports.
    const chosen = Array.from({ length: size }, (_, k) => importedIds[Math.floor((k * importedIds.length) / size)]);
    const reportsDir = path.join(scratch, `reports-${size}`);
    mkdirSync(reportsDir);
    for (const file of readdirSync(path.join(root, 'content/reports'))) cpSync(path.join(root, 'content/reports', file), path.join(reportsDir, file));
    for (const file of chosen) cpSync(path.join(imported, 'reports', file), path.join(reportsDir, file));
    const out = path.join(scratch, `dist-${size}`);
    const build = await runMeasured(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: root,
      env: { ...process.env, REPORTS_DIR: reportsDir, ASTRO_CACHE_DIR: path.join(scratch, `cache-${size}`), FORCE_COLOR: '0' },
    });
    if (build.code !== 0) {
      console.log(`\n${size} reports: the build failed (exit ${build.code})\n${build.output.slice(-3000)}`);
      continue;
    }
    await measureSite(browser, out, ` (${size} imported): build ${build.seconds.toFixed(0)} s, peak memory ${mb(build.peakBytes)}`);
    rmSync(out, { recursive: true, force: true });
  }
}
await browser.close();
rmSync(scratch, { recursive: true, force: true });
