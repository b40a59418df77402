/** Reading a report on screen: phones and desktops, scripts off, dark mode, navigation, sharing basics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const REPORT = '/reports/tianyuan-2022-plan/';

test('on a 375 px phone the table scrolls in its own box, the page does not, and the contents fold away', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(REPORT);
  const widths = await page.evaluate(() => {
    const box = document.querySelector('.table-scroll')!;
    return { page: document.documentElement.scrollWidth, box: box.clientWidth, table: box.scrollWidth };
  });
  assert.ok(widths.page <= 375, `the page is ${widths.page} px wide`);
  assert.ok(widths.table > widths.box, 'the table is wider than its box and scrolls inside it');
  assert.equal(await page.locator('.toc ol a').first().isVisible(), false, 'the contents are folded');
  await page.locator('.toc summary').click();
  assert.equal(await page.locator('.toc ol a').first().isVisible(), true);
});

test('on a wide screen the contents stay in view and mark the section being read', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(REPORT);
  const third = page.locator('.toc__item--2 a').nth(2);
  const id = decodeURIComponent((await third.getAttribute('href'))!.slice(1));
  await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
  await page.waitForFunction((target) => document.querySelector('.toc a[aria-current]')?.getAttribute('href') === `#${encodeURIComponent(target)}` || decodeURIComponent(document.querySelector('.toc a[aria-current]')?.getAttribute('href') ?? '') === `#${target}`, id);
  assert.equal(await third.isVisible(), true);
  const box = await third.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 800, 'the contents are in view after scrolling');
});

test('with scripts off a report reads in full and its links work', async () => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(REPORT);
  assert.ok(((await page.locator('article').textContent()) ?? '').length > 5000);
  const link = page.locator('.heading-link').first();
  const href = (await link.getAttribute('href'))!;
  await link.click({ force: true });
  assert.ok(decodeURIComponent(page.url()).endsWith(decodeURIComponent(href)));
  assert.equal(await page.locator('.print-button').isVisible(), false, 'a button that needs scripts is not shown');
});

test('a report page loads no search code and nothing from another origin', async () => {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(REPORT);
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), []);
  assert.deepEqual(requests.filter((url) => /pagefind|opencc|highlight-match/.test(url)), []);
});

test('the colour scheme follows the system, and the reader’s choice is remembered without a flash', async () => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(REPORT);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await page.locator('.theme-toggle').click();
  const light = await background();
  assert.notEqual(dark, light);
  assert.equal(await page.locator('.theme-toggle').getAttribute('aria-pressed'), 'false');
  // On the next page the choice is applied by a blocking script in <head>, before the body is painted.
  await page.goto('/');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  assert.equal(await background(), light);
  const headScript = await page.evaluate(() => {
    const script = document.head.querySelector<HTMLScriptElement>('script[src*="theme-before-paint"]');
    return script && !script.async && !script.defer && script.type === '';
  });
  assert.ok(headScript, 'the theme is applied by a classic blocking script in <head>');
});

test('previous and next link the reports in order; a missing page says so', async () => {
  const page = await browser.newPage();
  await page.goto(REPORT);
  const next = page.locator('.report-nav a[rel=next]');
  if (await next.count()) {
    await next.click();
    assert.notEqual(new URL(page.url()).pathname, REPORT);
    assert.equal(await page.locator('.report-nav a[rel=prev]').count(), 1);
  }
  const response = await page.goto('/no-such-page/');
  assert.equal(response?.status(), 404);
  assert.match((await page.locator('h1').textContent())!, /页面不存在/);
});

test('each report describes itself for search engines and sharing', async () => {
  const page = await browser.newPage();
  for (const id of reportIds) {
    await page.goto(`/reports/${id}/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    assert.ok(['Report', 'NewsArticle'].includes(data['@type']));
    assert.equal(data.name, (await page.locator('h1').textContent())!.trim());
    assert.match((await page.locator('link[rel=canonical]').getAttribute('href'))!, new RegExp(`/reports/${id}/$`));
    assert.ok((await page.locator('meta[property="og:title"]').getAttribute('content'))!.length > 0);
    assert.ok((await page.locator('meta[name=description]').getAttribute('content'))!.length > 10);
  }
  const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
  for (const id of reportIds) assert.ok(sitemap.includes(`/reports/${id}/`), `${id} is in the sitemap`);
  assert.match(await (await page.request.get('/robots.txt')).text(), /Sitemap: .*sitemap-index\.xml/);
});
