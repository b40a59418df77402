/** The search page as a reader uses it: results, deep links, filters in the URL, messages, safety. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch } from '../../src/lib/search/fold.ts';
import { findAll } from '../../src/lib/search/find.ts';
import { reportText } from '../site.ts';
import { baseUrl, resultReports, searchFor, useBrowser } from './browser.ts';
import { waitForResults } from '../../scripts/chromium.ts';

const browser = useBrowser();

test('a result shows title, metadata and an excerpt with exactly the match marked', async () => {
  const page = await browser.newPage();
  await searchFor(page, 'q=' + encodeURIComponent('营商环境'));
  const first = page.locator('#search-results li').first();
  assert.ok((await first.locator('a').textContent())!.length > 5);
  assert.match((await first.locator('.search-result__meta').textContent())!, /\d{4}年\d+月\d+日/);
  const marks = await first.locator('mark').allTextContents();
  assert.ok(marks.length >= 1 && marks.every((m) => m === '营商环境'), marks.join());
  assert.match(await page.locator('#search-status').textContent() ?? '', /找到 \d+ 份/);
});

test('each excerpt marks every occurrence it shows, and each result says how often its report holds the query', async () => {
  const page = await browser.newPage();
  for (const query of ['发展', '营商环境', '2022年', '。推进', '区']) {
    await searchFor(page, 'q=' + encodeURIComponent(query));
    const rows = await page.$$eval('#search-results li', (items) =>
      items.map((li) => ({
        url: new URL(li.querySelector('a')!.href).pathname,
        count: li.querySelector('.search-result__count')!.textContent!,
        excerpt: li.querySelector('.search-result__excerpt')!.textContent!,
        marks: li.querySelectorAll('mark').length,
      })),
    );
    assert.ok(rows.length > 0, query);
    for (const row of rows) {
      assert.equal(row.marks, findAll(row.excerpt, foldForSearch(query)).length, `${query}: marks in ${row.excerpt}`);
      const id = row.url.split('/')[2];
      const expected = findAll(await reportText(id), foldForSearch(query)).length;
      assert.equal(row.count, `共 ${expected} 处`, `${query} in ${id}`);
    }
  }
});

test('filter values the page does not offer are dropped with a note, never hiding every result', async () => {
  const page = await browser.newPage();
  await searchFor(page, 'q=' + encodeURIComponent('发展'));
  const all = await resultReports(page);
  await searchFor(page, `q=${encodeURIComponent('发展')}&year=abc&kind=junk&region=${encodeURIComponent('无此地区')}`);
  assert.deepEqual(await resultReports(page), all);
  const note = (await page.locator('#search-notes').textContent())!;
  assert.ok(await page.locator('#search-notes').isVisible());
  for (const dropped of ['year=abc', 'kind=junk', 'region=无此地区']) assert.ok(note.includes(dropped), note);
  assert.equal(await page.locator('input[type=checkbox]:checked').count(), 0);
});

test('a very long query is cut at 100 characters with a message, and answers at once', async () => {
  const page = await browser.newPage();
  await searchFor(page, '');
  const started = Date.now();
  // Typed, not in the address: 10,000 characters make a request line servers refuse.
  await page.locator('#search-query').fill('发展'.repeat(5000));
  await page.locator('#search-query').press('Enter');
  await waitForResults(page);
  assert.ok(Date.now() - started < 15_000, 'the search does not hang');
  assert.equal(Array.from(await page.locator('#search-query').inputValue()).length, 100);
  assert.match((await page.locator('#search-notes').textContent())!, /100/);
  assert.equal(await page.locator('#search-results').getAttribute('data-total'), '0');
});

test('format characters (bidi controls, zero-width, soft hyphen) in a query are ignored', async () => {
  const page = await browser.newPage();
  await searchFor(page, 'q=' + encodeURIComponent('营商环境'));
  const plain = await resultReports(page);
  for (const query of ['营商\u202e环境', '营\u200b商\u00ad环境', '\u2066营商环境\u2069']) {
    await searchFor(page, 'q=' + encodeURIComponent(query));
    assert.deepEqual(await resultReports(page), plain, JSON.stringify(query));
  }
});

test('a result links to the section, which scrolls to and highlights the match', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await searchFor(page, 'q=' + encodeURIComponent('小巨人'));
  const href = (await page.locator('#search-results a').first().getAttribute('href'))!;
  assert.match(href, /^\/reports\/[a-z0-9-]+\/\?hl=.+#.+/);
  await page.goto(href);
  await page.waitForFunction(() => CSS.highlights.has('search-match-current'));
  const highlighted = await page.evaluate(() => {
    const range = [...CSS.highlights.get('search-match-current')!][0] as Range;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), top: box.top, bottom: box.bottom, height: innerHeight };
  });
  assert.equal(foldForSearch(highlighted.text), '小巨人');
  assert.ok(highlighted.top >= 0 && highlighted.bottom <= highlighted.height, 'the match is in view');
});

test('filters combine, live in the URL, and work with back and forward', async () => {
  const page = await browser.newPage();
  await searchFor(page, 'q=' + encodeURIComponent('发展'));
  const all = await resultReports(page);
  assert.ok(all.length >= 2);
  await page.locator('input[name=kind][value=press-special]').check();
  await page.waitForFunction(() => location.search.includes('kind=press-special') && document.getElementById('search-results')!.getAttribute('aria-busy') === 'false');
  const press = await resultReports(page);
  assert.ok(press.length > 0 && press.length < all.length, 'the kind filter narrows the results');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('kind=') && document.getElementById('search-results')!.getAttribute('aria-busy') === 'false');
  assert.deepEqual(await resultReports(page), all);
  assert.equal(await page.locator('input[name=kind][value=press-special]').isChecked(), false);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('kind=press-special'));
  await page.waitForFunction(() => document.getElementById('search-results')!.getAttribute('aria-busy') === 'false');
  assert.deepEqual(await resultReports(page), press);

  await searchFor(page, `q=${encodeURIComponent('发展')}&region=${encodeURIComponent('湖南省/株洲市/天元区')}&year=2022`);
  const narrowed = await resultReports(page);
  assert.ok(narrowed.length >= 1 && narrowed.every((url) => url.startsWith('/reports/tianyuan-2022')), narrowed.join());
  assert.equal(await page.locator('input[name=year][value="2022"]').isChecked(), true);
});

test('while a newer search runs, an older one finishing does not mark the results as done', async () => {
  const page = await browser.newPage();
  await searchFor(page, '');
  // The older search's results (their text chunks) arrive after 0.5 s, the newer one's after 2 s.
  let delay = 500;
  await page.route('**/pagefind/text/**/*.pf_text', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
  const input = page.locator('#search-query');
  await input.fill('营商环境');
  const older = page.waitForRequest('**/pagefind/text/**/*.pf_text');
  await input.press('Enter');
  await older;
  delay = 2000;
  await input.fill('小巨人');
  await input.press('Enter');
  const statusWhenDone = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const list = document.getElementById('search-results')!;
        new MutationObserver(() => {
          if (list.getAttribute('aria-busy') === 'false') resolve(document.getElementById('search-status')!.textContent ?? '');
        }).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
      }),
  );
  assert.match(statusWhenDone, /小巨人/);
});

test('typing a query keeps it in the URL and shows results', async () => {
  const page = await browser.newPage();
  await page.goto('/search/');
  await page.locator('#search-query').fill('三高四新');
  await page.locator('#search-query').press('Enter');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '三高四新');
  await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
});

test('empty query, no results and a failed index each say so', async () => {
  const page = await browser.newPage();
  await searchFor(page, '');
  assert.match((await page.locator('#search-status').textContent())!, /请输入/);
  await searchFor(page, 'q=' + encodeURIComponent('等城'));
  assert.match((await page.locator('#search-status').textContent())!, /没有找到包含“等城”的报告/);
  assert.equal(await page.locator('#search-results li').count(), 0);

  const broken = await browser.newPage();
  await broken.route('**/pagefind/**', (route) => route.abort());
  await searchFor(broken, 'q=' + encodeURIComponent('营商环境'));
  assert.match((await broken.locator('#search-status').textContent())!, /加载失败/);
});

test('a hostile query is shown as text and runs nothing', async () => {
  const page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', "';alert(3);//"]) {
    await searchFor(page, 'q=' + encodeURIComponent(query));
    assert.equal(await page.locator('#search-query').inputValue(), query);
    assert.ok((await page.locator('#search-status').textContent())!.includes(query), 'the query is shown as typed');
    assert.equal(await page.locator('main img, main script:not([type]):not([src])').count(), 0);
  }
  assert.equal(dialogs, 0);
});

test('the "/" key focuses the search box on every page', async () => {
  const page = await browser.newPage();
  for (const path of ['/', '/reports/tianyuan-2022-plan/', '/search/']) {
    await page.goto(path);
    await page.keyboard.press('/');
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.ok(focused === 'site-search' || focused === 'search-query', `${path}: ${focused}`);
  }
});

test('the header search box works without JavaScript and lands on the search page', async () => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto('/reports/tianyuan-2022-plan/');
  await page.locator('#site-search').fill('营商环境');
  await page.locator('#site-search').press('Enter');
  await page.waitForURL(`${baseUrl}/search/?q=${encodeURIComponent('营商环境')}`);
});
