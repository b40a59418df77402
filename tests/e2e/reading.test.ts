/** Reading a report on screen: phones and desktops, scripts off, dark mode, navigation, sharing basics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';
import { ui } from '../../src/i18n/zh-CN.ts';

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

test('on a 375 px phone no report is wider than the screen, whichever glossary definition is open', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  let opened = 0;
  for (const id of reportIds) {
    await page.goto(`/reports/${id}/`);
    const terms = page.locator('article a.glossary-term');
    for (let i = 0; i < (await terms.count()); i++) {
      await terms.nth(i).focus();
      const { width, tooltip } = await terms.nth(i).evaluate((a) => ({ width: document.documentElement.scrollWidth, tooltip: getComputedStyle(a, '::after').content }));
      assert.notEqual(tooltip, 'none', `${id}: the definition of term ${i + 1} is open`);
      assert.ok(width <= 375, `${id}: with the definition of term ${i + 1} open the page is ${width} px wide`);
      opened++;
    }
  }
  assert.ok(opened > 20, `${opened} definitions opened`);
});

test('on a 375 px phone a table keeps each value whole and its first column readable, and shows that it scrolls', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  for (const id of ['tianyuan-2022-plan', 'tianyuan-2024-plan']) {
    await page.goto(`/reports/${id}/`);
    const box = page.locator('.table-scroll').first();
    await box.scrollIntoViewIfNeeded();
    const cells = await box.evaluate((el) =>
      [...el.querySelectorAll('td')].map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return { text: td.textContent!, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      }),
    );
    assert.deepEqual(cells.filter((c) => c.lines > 1).map((c) => c.text), [], `${id}: no value breaks over lines`);
    const labels = await box.evaluate((el) => [...el.querySelectorAll('tbody th')].map((th) => th.getBoundingClientRect().width / parseFloat(getComputedStyle(th).fontSize)));
    assert.ok(Math.min(...labels) >= 8, `${id}: the indicator column holds 8 characters a line (${Math.min(...labels).toFixed(1)})`);

    const cues = () => box.evaluate((el) => ['--scroll-start-cue', '--scroll-end-cue'].map((cue) => Number(getComputedStyle(el).getPropertyValue(cue))));
    assert.deepEqual(await cues(), [0, 1], `${id}: before scrolling, the cut-off end fades out`);
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await page.waitForFunction((el) => getComputedStyle(el!).getPropertyValue('--scroll-end-cue') === '0', await box.elementHandle());
    assert.deepEqual(await cues(), [1, 0], `${id}: scrolled to the end, the first column casts a shadow and nothing fades`);
    const [boxLeft, labelLeft] = await box.evaluate((el) => [el.getBoundingClientRect().left, el.querySelector('tbody th')!.getBoundingClientRect().left]);
    assert.ok(Math.abs(boxLeft - labelLeft) < 1, `${id}: the indicator column stays in view`);
  }
});

test('on a 375 px phone a control in the corner leads to the contents from anywhere in a long report', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(REPORT);
  const jump = page.locator('.toc-jump');
  assert.equal(await jump.isVisible(), false, 'not while the contents are in view');
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.7));
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.toc-jump')!).visibility === 'visible');
  await jump.click();
  const entry = page.locator('.toc ol a').first();
  assert.equal(await entry.isVisible(), true, 'the contents are open');
  const box = (await entry.boundingBox())!;
  assert.ok(box.y >= 0 && box.y < 800, 'and in view');
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
  assert.equal(await page.locator('.theme-choice').isVisible(), false, 'nor the colour scheme control');
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

test('the colour scheme follows the system or the reader’s choice of light or dark, remembered without a flash', async () => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(REPORT);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const saved = () => page.evaluate(() => localStorage.getItem('theme'));
  const choice = page.getByRole('combobox', { name: '配色' });
  assert.equal(await choice.inputValue(), 'system', 'without a choice the system setting applies');
  const dark = await background();

  await choice.selectOption({ label: '浅色' });
  const light = await background();
  assert.notEqual(dark, light);
  assert.equal(await saved(), 'light');
  // On the next page the choice is applied by a blocking script in <head>, before the body is painted.
  await page.goto('/');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  assert.equal(await background(), light);
  assert.equal(await choice.inputValue(), 'light', 'the control shows the saved choice');
  const headScript = await page.evaluate(() => {
    const script = document.head.querySelector<HTMLScriptElement>('script[src*="theme-before-paint"]');
    return script && !script.async && !script.defer && script.type === '';
  });
  assert.ok(headScript, 'the theme is applied by a classic blocking script in <head>');

  await choice.selectOption({ label: '跟随系统' });
  assert.equal(await background(), dark, 'following the system again');
  assert.equal(await saved(), null, 'the choice is forgotten');
  await page.reload();
  assert.equal(await background(), dark);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
});

test('on a 320 px phone the breadcrumb wraps as text: the current title goes on after the separator, which never starts a line', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(REPORT);
  const lines = await page.evaluate(() => {
    const items = [...document.querySelectorAll('.breadcrumbs li')];
    const current = items.at(-1)!;
    const range = document.createRange();
    range.setStart(current.firstChild!, 0);
    range.setEnd(current.firstChild!, 1);
    const top = (rect: DOMRect) => Math.round(rect.top);
    return {
      links: items.slice(0, -1).map((li) => [...li.getClientRects()].map(top)),
      title: top(range.getBoundingClientRect()),
      titleLines: current.getClientRects().length,
    };
  });
  assert.ok(lines.links.every((rects) => rects.length === 1), 'each link (home, regions) stays on one line with its separator');
  assert.equal(lines.title, lines.links.at(-1)![0], 'the title starts on the line of the link and separator before it');
  assert.ok(lines.titleLines > 1, 'the long title wraps');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
});

test('the search boxes and buttons take the scheme’s colours in both schemes', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto(`/search/?q=${encodeURIComponent('营商环境')}`);
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        link: style('.site-nav a').color,
        page: style('body').backgroundColor,
        buttons: ['.search-box button', '.search-form__row button'].map((s) => [style(s).backgroundColor, style(s).color]),
        boxes: ['.search-box input', '.search-form__row input'].map((s) => style(s).backgroundColor),
      };
    });
    for (const [background, text] of colours.buttons) assert.deepEqual([background, text], [colours.link, colours.page], `${colorScheme}: a search button is drawn in the link colour`);
    for (const background of colours.boxes) assert.equal(background, colours.page, `${colorScheme}: a search box has the page’s background`);
  }
});

test('previous and next link the reports in order; a missing page says so', async () => {
  const page = await browser.newPage();
  await page.goto(REPORT);
  const next = page.locator('.report-nav a[rel=next]');
  if (await next.count()) {
    await next.click();
    // Until the next report has loaded, the old page (or none) is what a count would see.
    await page.waitForURL((url) => url.pathname !== REPORT);
    assert.equal(await page.locator('.report-nav a[rel=prev]').count(), 1);
  }
  const response = await page.goto('/no-such-page/');
  assert.equal(response?.status(), 404);
  assert.match((await page.locator('h1').textContent())!, /页面不存在/);
});

// Its canonical address and the sitemap need SITE_URL, which the tests' main build has not: tests/e2e/base-path.test.ts.
test('each report describes itself for search engines and sharing', async () => {
  const page = await browser.newPage();
  for (const id of reportIds) {
    await page.goto(`/reports/${id}/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    assert.ok(['Report', 'NewsArticle'].includes(data['@type']));
    assert.equal(data.name, await page.locator('article').getAttribute('data-report-title'), 'named by its display title');
    assert.equal(data.headline, (await page.locator('h1').textContent())!.trim(), 'the headline is the printed title');
    assert.equal(await page.title(), `${data.name} | ${ui.siteName}`, 'the tab names whose report and which year');
    assert.ok((await page.locator('meta[property="og:title"]').getAttribute('content'))!.length > 0);
    assert.ok((await page.locator('meta[name=description]').getAttribute('content'))!.length > 10);
  }
});
