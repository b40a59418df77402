/**
 * Browsing many reports: the site built from the real reports and 400 tiny generated ones
 * (scripts/tiny-reports.ts; more regions than the home page's tree shows at 3,000, so the
 * home page is at its largest). The home page stays within its budget, and every report is
 * listed on exactly one region page and one year page. `npm run bench:browse` measures 3,000.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { buildTinySite } from '../scripts/tiny-reports.ts';
import { HOME_RECENT } from '../src/lib/home-page.ts';
import { reportIds } from './site.ts';

const TINY = 400;
const HOME_BUDGET_GZIP = 50 * 1024;
let site: ReturnType<typeof buildTinySite>;

before(() => {
  site = buildTinySite(TINY);
});
after(() => site.remove());

const page = (urlPath: string) => cheerio.load(readFileSync(path.join(site.dist, urlPath, 'index.html'), 'utf8'));
function pagesUnder(folder: string): string[] {
  const dir = path.join(site.dist, folder);
  return readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? [path.join(folder, name), ...pagesUnder(path.join(folder, name))] : []));
}
/** The report ids a page lists in its one-line report rows. */
const listed = (urlPath: string) => page(urlPath)('.report-rows a').map((_, a) => a.attribs.href.split('/')[2]).get();

test('the site builds with hundreds of reports', () => {
  assert.ok(site.ok, site.output.slice(-2000));
});

test(`the home page stays within ${HOME_BUDGET_GZIP / 1024} KB gzip and shows the newest ${HOME_RECENT} reports`, () => {
  const html = readFileSync(path.join(site.dist, 'index.html'));
  assert.ok(gzipSync(html).length <= HOME_BUDGET_GZIP, `${gzipSync(html).length} bytes gzip`);
  const $ = page('/');
  assert.equal($('.report-card').length, HOME_RECENT);
  const topCounts = $('.browse-section > .region-tree > li > .count').map((_, el) => Number.parseInt($(el).text(), 10)).get();
  assert.equal(topCounts.reduce((a, b) => a + b, 0), TINY + reportIds.length, 'the top-level regions count every report');
  assert.equal($('.browse-section > .region-tree > li > a').first().text(), '国务院');
});

test('every report is listed on exactly one region page and one year page', () => {
  const all = [...reportIds, ...Array.from({ length: TINY }, (_, i) => `tiny-${String(i).padStart(5, '0')}`)].sort();
  for (const folder of ['regions', 'years']) {
    const ids = pagesUnder(folder).flatMap(listed);
    assert.deepEqual(ids.sort(), all, folder);
  }
});

test('a region page lists its own reports newest first and its sub-regions with counts that add up', () => {
  for (const urlPath of pagesUnder('regions')) {
    const $ = page(urlPath);
    const dates = $('.report-rows time').map((_, t) => t.attribs.datetime).get();
    assert.deepEqual(dates, [...dates].sort().reverse(), urlPath);
    const total = Number($('.lede').text().match(/共 (\d+) 份/)![1]);
    const subCounts = $('.region-tree .count').map((_, el) => Number.parseInt($(el).text(), 10)).get();
    assert.equal(dates.length + subCounts.reduce((a, b) => a + b, 0), total, urlPath);
  }
});
