/**
 * A report opened from a search result (`?hl=<query>#<section>`) finds the query like Ctrl+F: every
 * occurrence highlighted, 第 i / 共 N 处 from the section on, previous, next, close; and no address
 * breaks the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { foldForSearch } from '../../src/lib/search/fold.ts';
import { QUERY_MAX_LENGTH } from '../../src/lib/search/find.ts';
import { reportText } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const REPORT = 'tianyuan-2022-plan';
const SECTION = '二-抓项目育动能园区发展再升级';
const reportUrl = (hl: string, hash = '') => `/reports/${REPORT}/?hl=${encodeURIComponent(hl)}${hash && `#${encodeURIComponent(hash)}`}`;
const folded = foldForSearch(await reportText(REPORT));

async function openBar(page: Page, url: string): Promise<{ i: number; n: number }> {
  await page.goto(url);
  await page.locator('.find-bar').waitFor({ state: 'visible' });
  return position(page);
}

async function position(page: Page): Promise<{ i: number; n: number }> {
  const status = (await page.locator('.find-bar [role=status]').textContent())!;
  const [, i, n] = /^第 (\d+) \/ 共 (\d+) 处$/.exec(status) ?? assert.fail(`status ${status}`);
  return { i: Number(i), n: Number(n) };
}

/** The current match: its text, whether it is the i-th of all highlighted ranges (1-based), and whether it is in view above the bar. */
function current(page: Page) {
  return page.evaluate(() => {
    const all = [...CSS.highlights.get('search-match')!] as Range[];
    const range = [...CSS.highlights.get('search-match-current')!][0] as Range;
    const box = range.getBoundingClientRect();
    const bar = document.querySelector('.find-bar')!.getBoundingClientRect();
    return {
      text: range.toString(),
      index: all.indexOf(range) + 1,
      count: all.length,
      inView: box.top >= 0 && box.bottom <= bar.top,
      acrossNodes: range.startContainer !== range.endContainer,
    };
  });
}

test('the count is the number of occurrences in the report text, with search’s folding', async () => {
  const page = await browser.newPage();
  const queries = [
    '发展',
    'ＧＤＰ', // full-width in the query, half-width in the text
    '２０２１年',
    '划执行情况2021年', // from a heading across a line break into the next paragraph
    '加快发展。全年', // out of a bold run into plain text
  ];
  for (const query of queries) {
    const expected = folded.split(foldForSearch(query)).length - 1;
    assert.ok(expected > 0, `${query} is in the report`);
    assert.deepEqual(await openBar(page, reportUrl(query)), { i: 1, n: expected }, query);
    const match = await current(page);
    assert.equal(foldForSearch(match.text), foldForSearch(query), query);
    assert.equal(match.count, expected, `${query}: every occurrence is highlighted`);
    assert.ok(match.inView, `${query}: the current match is in view`);
  }
  const spanning = await (openBar(page, reportUrl('划执行情况2021年')).then(() => current(page)));
  assert.ok(spanning.acrossNodes && spanning.text.includes('\n'), 'the match spans a line break and two elements');
});

test('the bar starts at the first occurrence in the linked section, and steps with buttons and keys', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const { i, n } = await openBar(page, reportUrl('发展', SECTION));
  const start = await current(page);
  assert.equal(start.index, i, 'the status counts the current match');
  const [previousBefore, currentAfter] = await page.evaluate((id) => {
    const heading = document.getElementById(id)!;
    const all = [...CSS.highlights.get('search-match')!] as Range[];
    const index = all.indexOf([...CSS.highlights.get('search-match-current')!][0] as Range);
    const follows = (range: Range) => !!(heading.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) || heading.contains(range.startContainer);
    return [!follows(all[index - 1]), follows(all[index])];
  }, SECTION);
  assert.ok(i > 1 && previousBefore && currentAfter, `match ${i} is the section’s first`);
  assert.ok(start.inView, 'in view at 375 px, above the bar');

  await page.locator('[data-find=next]').click();
  assert.deepEqual(await position(page), { i: i + 1, n });
  assert.ok((await current(page)).inView);
  await page.keyboard.press('Shift+Enter');
  assert.deepEqual(await position(page), { i, n }, 'Shift+Enter in the bar goes back');
  await page.locator('main').focus();
  await page.keyboard.press('F3');
  await page.keyboard.press('F3');
  assert.deepEqual(await position(page), { i: i + 2, n });
  await page.keyboard.press('Shift+F3');
  assert.deepEqual(await position(page), { i: i + 1, n });
  for (let k = i + 1; k < n; k++) await page.keyboard.press('F3');
  assert.deepEqual(await position(page), { i: n, n });
  await page.keyboard.press('F3');
  assert.deepEqual(await position(page), { i: 1, n }, 'next after the last wraps to the first');
  await page.locator('[data-find=previous]').click();
  assert.deepEqual(await position(page), { i: n, n }, 'previous before the first wraps to the last');
  assert.equal((await current(page)).index, n);
});

test('closing the bar removes the highlights and drops hl from the address', async () => {
  const page = await browser.newPage();
  await openBar(page, reportUrl('发展', SECTION));
  await page.locator('[data-find=next]').focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.find-bar').isVisible(), false);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.equal(await page.evaluate(() => decodeURIComponent(location.pathname + location.search + location.hash)), `/reports/${REPORT}/#${SECTION}`);
  await page.keyboard.press('F3');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'F3 does nothing once closed');

  await openBar(page, reportUrl('发展'));
  await page.locator('[data-find=close]').click();
  assert.equal(await page.locator('.find-bar').isVisible(), false);
  assert.equal(await page.evaluate(() => location.search), '');
});

test('the bar says when the report does not hold the query, and is not printed', async () => {
  const page = await browser.newPage();
  await page.goto(reportUrl('营商环境持续恶化'));
  await page.locator('.find-bar').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.find-bar [role=status]').textContent(), '本报告中未找到');
  assert.equal(await page.locator('[data-find=next]').isDisabled(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.find-bar').isVisible(), false);
});

test('a malformed fragment, a huge hl and an hl of only invisible characters do not break the page', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`/reports/${REPORT}/?hl=${encodeURIComponent('发展')}#%E0%A4%A`);
  await page.locator('.find-bar').waitFor({ state: 'visible' });
  assert.equal((await position(page)).i, 1, 'an unknown section starts at the first match');
  await page.goto(`/reports/${REPORT}/#%E0%A4%A`);
  await page.waitForLoadState('networkidle');

  // ASCII, so that the address stays under the server's header limit.
  const huge = 'GDP'.repeat(4_000).slice(0, 10_000);
  const started = Date.now();
  await page.goto(reportUrl(huge));
  await page.locator('.find-bar').waitFor({ state: 'visible' });
  assert.ok(Date.now() - started < 10_000, 'the page answers at once');
  assert.equal(await page.locator('.find-bar__query').textContent(), `“${'gdp'.repeat(40).slice(0, QUERY_MAX_LENGTH)}”`, 'the query is cut');

  await page.goto(reportUrl('\u200b\u202e\u00ad \u3000\n'));
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('.find-bar').isVisible(), false);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.deepEqual(errors, []);
});
