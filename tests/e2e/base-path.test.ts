/**
 * The site deploys under a path: built with BASE_PATH=/sub and SITE_URL into a
 * folder of its own (the main build is untouched) and served at /sub/ by the
 * static server, every page, asset, download and anchor reachable from /sub/
 * answers, nothing points outside /sub/, the search finds, and the 404 page,
 * robots.txt and the sitemap name addresses under /sub/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { serveStatic } from '../../scripts/static-server.ts';
import { waitForResults } from '../../scripts/chromium.ts';
import { runAstro } from '../run-astro.ts';
import { scratchDir } from '../scratch.ts';
import { reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';

const BASE = '/sub/';
const SITE = 'https://reports.example.org';
const browser = useBrowser();
const scratch = scratchDir('reports-base-path-');
let server: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  const dist = path.join(scratch, 'dist');
  const build = runAstro(['build', '--outDir', dist], { BASE_PATH: '/sub', SITE_URL: SITE, ASTRO_CACHE_DIR: path.join(scratch, 'cache') });
  assert.equal(build.status, 0, build.stdout + build.stderr);
  server = await serveStatic(dist, { base: BASE });
});
after(() => server?.close());

interface Crawl {
  /** Every same-origin address reached, with its status. */
  status: Map<string, number>;
  /** The ids on each HTML page reached. */
  ids: Map<string, Set<string>>;
  /** Every link with a fragment, as [page it is on, target address, fragment]. */
  fragments: [string, string, string][];
  /** Every address on another origin that a page names. */
  external: Set<string>;
}

/** Follows every link, stylesheet, script, icon and form of every page reachable from the start addresses. */
async function crawl(starts: string[]): Promise<Crawl> {
  const origin = new URL(server.url).origin;
  const result: Crawl = { status: new Map(), ids: new Map(), fragments: [], external: new Set() };
  const queue = [...starts];
  while (queue.length) {
    const address = queue.shift()!;
    if (result.status.has(address)) continue;
    const response = await fetch(address);
    result.status.set(address, response.status);
    if (!response.headers.get('content-type')?.startsWith('text/html')) continue;
    const $ = cheerio.load(await response.text());
    result.ids.set(address, new Set($('[id]').map((_, el) => $(el).attr('id')!).get()));
    $('a[href], link[href], script[src], img[src], form[action]').each((_, el) => {
      const target = new URL($(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!, address);
      if (target.origin !== origin) return void result.external.add(target.href);
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      if (fragment) result.fragments.push([address, target.href, fragment]);
      queue.push(target.href);
    });
  }
  return result;
}

test('every page, asset, download and anchor reachable from /sub/ answers, and none is outside /sub/', async () => {
  const { status, ids, fragments, external } = await crawl([`${server.url}${BASE}`]);
  const paths = [...status.keys()].map((address) => new URL(address).pathname);
  assert.deepEqual(paths.filter((p) => !p.startsWith(BASE)), [], 'nothing escapes /sub/');
  assert.deepEqual([...status].filter(([, code]) => code !== 200), [], 'every address answers 200');
  for (const expected of ['/sub/indicators.csv', '/sub/indicators.json', '/sub/search/', '/sub/glossary/', ...reportIds.map((id) => `/sub/reports/${id}/`)]) {
    assert.ok(paths.includes(expected), `${expected} is linked`);
  }
  assert.ok(paths.some((p) => p.startsWith('/sub/_astro/') && p.endsWith('.css')), 'the stylesheet is linked');
  const missing = fragments.filter(([, target, fragment]) => !ids.get(target)?.has(fragment));
  assert.deepEqual(missing, [], 'every anchor names an id on its page');
  assert.ok(fragments.length > 100, 'heading, paragraph and glossary anchors were followed');
  assert.deepEqual([...external].filter((address) => !address.startsWith(`${SITE}${BASE}`)), [], 'canonical addresses are under the site and base');
});

test('the search loads its index from /sub/ and its results link under /sub/', async () => {
  const page = await browser.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(server.url).origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  await page.goto(`${server.url}${BASE}search/?q=${encodeURIComponent('营商环境')}`);
  await waitForResults(page);
  const results = await page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(results.length > 0, 'the search finds');
  assert.deepEqual(results.filter((p) => !p.startsWith('/sub/reports/')), []);
  await page.locator('#search-results a').first().click();
  await page.waitForURL(/\/sub\/reports\//);
  assert.deepEqual(outside, [], 'nothing is fetched outside /sub/');
});

test('an unknown address under /sub/ gets the 404 page, styled, linking home, with no canonical address', async () => {
  const address = `${server.url}${BASE}no-such-page/`;
  const { status } = await crawl([address]);
  assert.equal(status.get(address), 404);
  assert.deepEqual([...status].filter(([other, code]) => other !== address && code !== 200), [], 'its assets and links answer');
  const $ = cheerio.load(await (await fetch(address)).text());
  assert.match($('h1').text(), /页面不存在/);
  assert.equal($('a.site-name').attr('href'), BASE);
  assert.equal($('link[rel=canonical]').length, 0);
});

test('each report names its address under the site and /sub/: canonical, og:url, JSON-LD and on paper', async () => {
  for (const id of reportIds) {
    const address = `${SITE}/sub/reports/${id}/`;
    const $ = cheerio.load(await (await fetch(`${server.url}${BASE}reports/${id}/`)).text());
    assert.equal($('link[rel=canonical]').attr('href'), address);
    assert.equal($('meta[property="og:url"]').attr('content'), address);
    assert.equal(JSON.parse($('script[type="application/ld+json"]').text()).url, address);
    assert.match($('.print-source').text(), new RegExp(`${address}$`));
  }
});

test('robots.txt and the sitemap give the site’s addresses under /sub/', async () => {
  const robots = await (await fetch(`${server.url}${BASE}robots.txt`)).text();
  assert.match(robots, new RegExp(`^Sitemap: ${SITE}/sub/sitemap-index\\.xml$`, 'm'));
  const index = await (await fetch(`${server.url}${BASE}sitemap-index.xml`)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.ok(sitemaps.length > 0 && sitemaps.every((loc) => loc.startsWith(`${SITE}/sub/`)), index);
  const pages: string[] = [];
  for (const loc of sitemaps) {
    const sitemap = await (await fetch(loc.replace(SITE, server.url))).text();
    pages.push(...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
  }
  for (const id of reportIds) assert.ok(pages.includes(`${SITE}/sub/reports/${id}/`), `${id} is in the sitemap`);
  for (const loc of pages) assert.equal((await fetch(loc.replace(SITE, server.url))).status, 200, loc);
});
