/**
 * `npm run bench:search`: the search's size and speed, on the real corpus
 * (the built site in dist/) and on a synthetic corpus of 1,000 reports made
 * by recombining the real reports' sections. Prints figures; asserts nothing.
 *
 * For each corpus: index size on disk, indexing time, bytes the browser
 * fetches for a first query and for a second query on the search page, and
 * the median time from submitting a query to its results being shown.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { launchChromium, waitForResults } from './chromium.ts';
import { recordsOf, type SearchRecord } from '../src/lib/search-records.ts';
import { serveStatic } from './static-server.ts';
import { builtReports, siteWithIndex, syntheticRecords } from './synthetic-corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const SYNTHETIC_REPORTS = Number(process.env.SYNTHETIC_REPORTS ?? 1000);
const FIRST = '营商环境';
const SECOND = '小巨人';
const TIMED = ['三高四新', '513亿元', '专精特新', '高质量发展', '产业链', '2022年', '乡村振兴', '营商', '发展', '十四五', '数字经济', '老旧小区'];

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

interface Transfer {
  bytes: number;
  requests: number;
}

/** Counts the bytes fetched (headers and body as sent, compressed) while `action` runs, the search worker's requests included. */
async function measure(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: Request) => {
    sizes.push(
      request.sizes().then((s) => {
        const bytes = s.responseHeadersSize + s.responseBodySize;
        if (process.env.BENCH_VERBOSE) console.log(`    ${(bytes / 1024).toFixed(1).padStart(7)} KB ${new URL(request.url()).pathname}`);
        return bytes;
      }),
    );
  };
  page.context().on('requestfinished', onFinished);
  await action();
  page.context().off('requestfinished', onFinished);
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
}

async function submit(page: Page, query: string): Promise<number> {
  await page.locator('#search-query').fill(query);
  const started = performance.now();
  await page.evaluate(() => document.getElementById('search-results')!.setAttribute('aria-busy', 'true'));
  await page.locator('#search-query').press('Enter');
  await waitForResults(page, 60_000);
  return performance.now() - started;
}

async function browse(siteDir: string) {
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    await waitForResults(page);
    const first = await measure(page, () => submit(page, FIRST).then(() => undefined));
    const second = await measure(page, () => submit(page, SECOND).then(() => undefined));
    const times: number[] = [];
    for (const query of TIMED) times.push(await submit(page, query));
    times.sort((a, b) => a - b);
    return { first, second, medianMs: times[Math.floor(times.length / 2)] };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function benchCorpus(name: string, records: SearchRecord[], reports: number) {
  const site = await siteWithIndex(dist, records);
  const size = dirSize(path.join(site.dir, 'pagefind'));
  const wordsAndPostings = dirSize(path.join(site.dir, 'pagefind/index'));
  const fragments = dirSize(path.join(site.dir, 'pagefind/fragment'));
  const browse_ = await browse(site.dir);
  site.remove();
  console.log(`\n${name}: ${reports} reports, ${records.length} sections`);
  console.log(`  index size on disk        ${kb(size)} (word index ${kb(wordsAndPostings)}, fragments ${kb(fragments)})`);
  console.log(`  indexing time             ${(site.indexMs / 1000).toFixed(1)} s`);
  console.log(`  first query  (${FIRST})   ${kb(browse_.first.bytes)} in ${browse_.first.requests} requests`);
  console.log(`  second query (${SECOND})     ${kb(browse_.second.bytes)} in ${browse_.second.requests} requests`);
  console.log(`  median query time         ${browse_.medianMs.toFixed(0)} ms over ${TIMED.length} queries`);
}

const real = builtReports(dist);
await benchCorpus('real corpus', real.flatMap((r) => recordsOf(r.html, `/reports/${r.id}/`)), real.length);
await benchCorpus('synthetic corpus', syntheticRecords(dist, SYNTHETIC_REPORTS), SYNTHETIC_REPORTS);
