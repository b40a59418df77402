/**
 * `npm run bench:search -- <folder of reports> [--sizes 100,300,all] [--queries 60]`: imports the
 * folder's reports (npm run import, into a scratch folder), builds the site with the five reports
 * of the repository and 100, 300, … of the imported ones, and prints for each size: build time
 * and peak memory (the whole process tree, indexer included), index size per report, and for a
 * fixed, seeded query set drawn from the built texts (named terms and random 1–8-character
 * substrings): recall and precision (checked against the texts), time to first results (median,
 * p90, worst) and the bytes of a first and a second query, in Chromium against a gzip static
 * server. Prints figures; asserts nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, waitForResults } from './chromium.ts';
import { runMeasured } from './process-tree.ts';
import { serveStatic } from './static-server.ts';
import { seededRandom } from './seeded-random.ts';
import { articleText } from '../src/lib/search/records.ts';
import { foldForSearch } from '../src/lib/search/fold.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sizes: { type: 'string', default: '100,300,all' }, queries: { type: 'string', default: '60' } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run bench:search -- <folder of reports> [--sizes 100,300,all] [--queries 60]');
  process.exit(2);
}
const corpus = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
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
 * Bytes fetched (as sent, compressed) and time until the results are shown, for a query typed
 * into the search page. The first query's bytes count from opening the page (what the page loads
 * ahead for search and its scripts included, its HTML and CSS not); its time from pressing Enter.
 */
async function timedQuery(page: Page, context: BrowserContext, query: string, open = false) {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    if (!/\/search\/$|\.css$/.test(new URL(request.url()).pathname) || request.resourceType() === 'fetch') sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
  };
  context.on('requestfinished', onFinished);
  if (open) {
    await page.goto('/search/');
    // What the page loads ahead for search has arrived.
    await page.waitForLoadState('networkidle');
  }
  await page.evaluate(() => document.getElementById('search-results')!.setAttribute('aria-busy', 'true'));
  const started = performance.now();
  await page.locator('#search-query').fill(query);
  await page.locator('#search-query').press('Enter');
  await waitForResults(page, 120_000);
  const ms = performance.now() - started;
  context.off('requestfinished', onFinished);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return { ms, bytes, total: Number(await page.locator('#search-results').getAttribute('data-total')), shown: await page.$$eval('#search-results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)) };
}

// 1. Import the corpus once (files with problems are reported and left out).
const imported = path.join(scratch, 'imported');
const importRun = await runMeasured(process.execPath, [path.join(root, 'scripts/import.ts'), '--skip-bad', '--out', imported, corpus], { cwd: root, env: process.env });
const importedIds = readdirSync(path.join(imported, 'reports')).filter((f) => f.endsWith('.mdx')).sort();
const problems = importRun.output.split('\n').filter((line) => line.startsWith('✖')).length;
console.log(`imported ${importedIds.length} reports from ${corpus} in ${importRun.seconds.toFixed(0)} s (${problems} files with problems left out)`);

const sizes = values.sizes.split(',').map((s) => (s === 'all' ? importedIds.length : Math.min(Number(s), importedIds.length)));
const browser = await launchChromium();
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
  const reports = readdirSync(path.join(out, 'reports'));
  const indexBytes = dirBytes(path.join(out, 'pagefind'));
  console.log(`\n${reports.length} reports (${size} imported): build ${build.seconds.toFixed(0)} s, peak memory ${mb(build.peakBytes)}; index ${mb(indexBytes)}, ${kb(indexBytes / reports.length)} per report`);

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
  const first: { ms: number; bytes: number }[] = [];
  const second: number[] = [];
  let right = 0;
  const wrong: string[] = [];
  for (const [i, query] of queries.entries()) {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const folded = foldForSearch(query);
    const expected = new Set(urls.filter((url) => texts.get(url)!.includes(folded)));
    const result = await timedQuery(page, context, query, true);
    first.push(result);
    // Exact: the total is the number of reports that hold it, and every report shown holds it.
    if (result.total === expected.size && result.shown.every((url) => expected.has(url))) right++;
    else wrong.push(`${query} (${result.total} found, ${expected.size} hold it)`);
    second.push((await timedQuery(page, context, queries[(i + 1) % queries.length])).bytes);
    await context.close();
  }
  server.close();
  const ms = first.map((f) => f.ms);
  const bytes = first.map((f) => f.bytes);
  console.log(`  ${queries.length} queries (${NAMED.length} named, ${RANDOM_QUERIES} random of 1–8 characters): exact (recall and precision 1.0) for ${right}${wrong.length ? `; not for ${wrong.join(', ')}` : ''}`);
  console.log(`  time to first results: median ${quantile(ms, 0.5).toFixed(0)} ms, p90 ${quantile(ms, 0.9).toFixed(0)} ms, worst ${Math.max(...ms).toFixed(0)} ms (${queries[ms.indexOf(Math.max(...ms))]})`);
  console.log(`  first query: median ${kb(quantile(bytes, 0.5))}, worst ${kb(Math.max(...bytes))} (${queries[bytes.indexOf(Math.max(...bytes))]}); second query: median ${kb(quantile(second, 0.5))}, worst ${kb(Math.max(...second))}`);
  rmSync(out, { recursive: true, force: true });
}
await browser.close();
rmSync(scratch, { recursive: true, force: true });
