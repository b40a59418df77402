/** The search page as a reader uses it: results, deep links, filters in the URL, messages, safety. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch } from '../../src/lib/search-tokens.ts';
import { baseUrl, resultReports, searchFor, useBrowser } from './browser.ts';

const browser = useBrowser();

test('a result shows title, metadata and an excerpt with exactly the match marked', async () => {
  const page = await browser.newPage();
  await searchFor(page, 'q=' + encodeURIComponent('营商环境'));
  const first = page.locator('#search-results li').first();
  assert.ok((await first.locator('a').textContent())!.length > 5);
  assert.match((await first.locator('.search-result__meta').textContent())!, /\d{4}年\d+月\d+日/);
  const marks = await first.locator('mark').allTextContents();
  assert.deepEqual(marks, ['营商环境']);
  assert.match(await page.locator('#search-status').textContent() ?? '', /找到 \d+ 份/);
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

  await searchFor(page, `q=${encodeURIComponent('发展')}&region=${encodeURIComponent('天元区')}&year=2022`);
  const narrowed = await resultReports(page);
  assert.ok(narrowed.length >= 1 && narrowed.every((url) => url.startsWith('/reports/tianyuan-2022')), narrowed.join());
  assert.equal(await page.locator('input[name=year][value="2022"]').isChecked(), true);
});

test('while a newer search runs, an older one finishing does not mark the results as done', async () => {
  const page = await browser.newPage();
  await searchFor(page, '');
  // The older search's records arrive after 0.5 s, the newer one's after 2 s.
  let delay = 500;
  await page.route('**/pagefind/fragment/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
  const input = page.locator('#search-query');
  await input.fill('营商环境');
  const older = page.waitForRequest('**/pagefind/fragment/**');
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
