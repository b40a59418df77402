/**
 * The search with more reports than one page of results holds: a synthetic
 * corpus of 25 reports made from the real text (scripts/synthetic-corpus.ts),
 * served from its own copy of the built site. "显示更多" pages through every
 * report that contains the query, each listed once.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { siteWithIndex, syntheticRecords } from '../../scripts/synthetic-corpus.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { waitForResults } from '../../scripts/chromium.ts';
import { foldForSearch } from '../../src/lib/search-tokens.ts';
import { dist } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const records = syntheticRecords(dist, 25);
let site: Awaited<ReturnType<typeof siteWithIndex>>;
let server: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  site = await siteWithIndex(dist, records);
  server = await serveStatic(site.dir);
});
after(() => {
  server.close();
  site.remove();
});

/** The synthetic reports whose text holds the query, as the numbers in their links. */
function reportsHolding(query: string): string[] {
  const holding = records.filter((r) => foldForSearch(r.meta.text + r.meta.next).includes(foldForSearch(query)));
  return [...new Set(holding.map((r) => new URL(r.url, 'http://x').searchParams.get('synthetic')!))].sort();
}

for (const query of ['发展', '营商环境', '小巨人']) {
  test(`“${query}”: the pages of results list every report that holds it, once`, async () => {
    const expected = reportsHolding(query);
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await waitForResults(page);
    let pages = 1;
    while (await page.locator('#search-more').isVisible()) {
      await page.locator('#search-more').click();
      await waitForResults(page);
      pages++;
    }
    const listed = await page.$$eval('#search-results li a', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('synthetic')!),
    );
    assert.deepEqual([...listed].sort(), expected);
    assert.equal(new Set(listed).size, listed.length, 'no report twice');
    assert.equal(pages, Math.max(1, Math.ceil(expected.length / 10)), 'ten reports a page');
    assert.match((await page.locator('#search-status').textContent())!, new RegExp(`找到 ${expected.length} 份`));
  });
}
