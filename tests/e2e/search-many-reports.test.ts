/**
 * The search with more reports than one page of results holds: 30 synthetic reports made from
 * the real text (scripts/synthetic-corpus.ts) beside the real ones, indexed in shards of ten by
 * the site's own indexer and served from a copy of the built site. Every report that holds the
 * query is listed once across the pages, with its exact count; pages live in the URL. The index
 * is cut into small chunks, so that common pairs are heavy words, as in a corpus of hundreds of
 * reports: a query of one (建设) is answered by its count word, a longer one asks them together
 * with its lightest word (words.ts, found.ts); and the two commonest pairs are tripled, as in a
 * corpus of thousands: the index knows them only by their count words and triples.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { syntheticSite } from '../../scripts/synthetic-corpus.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { waitForResults } from '../../scripts/chromium.ts';
import { articleText } from '../../src/lib/search/records.ts';
import { findAll } from '../../src/lib/search/find.ts';
import { foldForSearch } from '../../src/lib/search/fold.ts';
import { pairWord, parseWordWeights, WORD_WEIGHTS_FILE } from '../../src/lib/search/words.ts';
import { dist } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
let site: Awaited<ReturnType<typeof syntheticSite>>;
let server: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  site = await syntheticSite(dist, 30, { chunkPositions: 500, tripledAbove: 640 });
  server = await serveStatic(site.dir);
});
after(() => {
  server?.close();
  site?.remove();
});

/** Each report's occurrences of the query in the text the indexer reads, counted the slow obvious way. */
function expectedCounts(query: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of readdirSync(path.join(site.dir, 'reports'))) {
    const $ = cheerio.load(readFileSync(path.join(site.dir, 'reports', id, 'index.html'), 'utf8'));
    const n = findAll(articleText($).text, foldForSearch(query)).length;
    if (n) counts.set(`/reports/${id}/`, n);
  }
  return counts;
}

test('the synthetic site is indexed in several shards, with heavy pairs and tripled ones', () => {
  assert.ok(site.shards >= 3, `${site.shards} shards`);
  const { weights, tripled } = parseWordWeights(readFileSync(path.join(site.dir, 'pagefind', WORD_WEIGHTS_FILE), 'utf8'));
  for (const pair of ['发展', '建设', '产业']) assert.ok(weights.has(pairWord(pair[0], pair[1])), `${pair} is a heavy word`);
  assert.deepEqual([...tripled].sort(), [pairWord('发', '展'), pairWord('产', '业')].sort(), '发展 and 产业 are tripled, 建设 is not');
});

for (const query of ['发展', '建设', '产业', '营商环境', '小巨人', '。推进', '推进产业', '产业发展', '高质量发展', '发展，', '2']) {
  test(`“${query}”: the pages of results list every report that holds it, once, with its count`, async () => {
    const expected = expectedCounts(query);
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    assert.equal(await page.locator('#search-results').getAttribute('data-total'), String(expected.size), 'data-total is the exact number of reports');
    const listed = new Map<string, number>();
    const pages = Math.max(1, Math.ceil(expected.size / 10));
    for (let n = 1; n <= pages; n++) {
      if (n > 1) {
        await page.locator('#search-pages a[rel=next]').click();
        await page.waitForFunction((n) => new URLSearchParams(location.search).get('page') === String(n), n);
        await waitForResults(page);
      }
      const rows = await page.$$eval('#search-results li', (items) =>
        items.map((li) => [new URL(li.querySelector('a')!.href).pathname, li.querySelector('.search-result__count')!.textContent!] as const),
      );
      assert.ok(rows.length <= 10, 'ten reports a page');
      for (const [url, count] of rows) {
        assert.ok(!listed.has(url), `${url} listed twice`);
        listed.set(url, Number(count.match(/\d+/)![0]));
      }
    }
    assert.deepEqual(new Map([...listed].sort()), new Map([...expected].sort()));
    assert.equal(await page.locator('#search-pages a[rel=next]').count(), 0, 'the last page has no next page');
    if (pages > 1) {
      await page.goBack();
      await page.waitForFunction((last) => new URLSearchParams(location.search).get('page') === (last > 2 ? String(last - 1) : null), pages);
      await waitForResults(page);
      assert.equal(await page.locator('#search-results').getAttribute('data-total'), String(expected.size));
    }
  });
}
