/** Citable blocks: every paragraph, list item and glossary entry has a stable id, a link to it marks it, its control copies a citation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { paragraphIds } from '../../src/lib/paragraph-ids.ts';
import { builtPage, reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const REPORT = '/reports/hetang-2022-work-report/';

test('every paragraph and list item of every report has the id its own text (notes aside) gives it', () => {
  for (const id of reportIds) {
    const $ = cheerio.load(builtPage(`reports/${id}`));
    $('[data-editor-note]').remove();
    // A paragraph that holds only an editor's note has no report text to cite.
    const paragraphs = $('article p').not('.report__subtitle').filter((_, p) => $(p).text().trim() !== '');
    assert.ok(paragraphs.length > 5);
    const texts = paragraphs.map((_, p) => $(p).text()).get();
    assert.deepEqual(paragraphs.map((_, p) => $(p).attr('id')).get(), paragraphIds(texts), id);
    // An item that holds paragraphs or a list is cited through them.
    const items = $('article li').not(':has(> p, > ul, > ol)');
    assert.deepEqual(items.map((_, li) => $(li).attr('id')).get(), paragraphIds(items.map((_, li) => $(li).text()).get(), 'li'), id);
    for (const block of [...paragraphs, ...items]) {
      assert.equal($(block).children('a.cite-link').attr('href'), `#${$(block).attr('id')}`, `${id}: ${$(block).text().slice(0, 20)} has its control`);
    }
  }
  const lists = (id: string) => cheerio.load(builtPage(`reports/${id}`))('article li[id^="li-"]:has(> a.cite-link)').length;
  assert.equal(lists('zhuzhou-daily-city-special-2021'), 42);
  assert.equal(lists('zhuzhou-daily-tianyuan-special'), 22);
});

test('every glossary entry in a report has an id from its own text and the citation control', () => {
  const $ = cheerio.load(builtPage('reports/hetang-2022-work-report'));
  const entries = $('article .glossary__entry');
  assert.equal(entries.length, 20);
  assert.deepEqual(entries.map((_, e) => $(e).attr('id')).get(), paragraphIds(entries.map((_, e) => $(e).text()).get(), 'g'));
  entries.each((_, e) => assert.equal($(e).find('a.cite-link').attr('href'), `#${$(e).attr('id')}`));
});

test('the control never takes a line of its own: at 375 px no block of any report is taller with it than without', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  for (const id of reportIds) {
    await page.goto(`/reports/${id}/`);
    const grown = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('article :has(> .cite-link), article .glossary__entry')];
      const heights = () => blocks.map((block) => block.getBoundingClientRect().height);
      const shown = heights();
      const hide = document.head.appendChild(document.createElement('style'));
      hide.textContent = '.cite-link { display: none !important; }';
      const hidden = heights();
      hide.remove();
      return blocks.flatMap((block, i) => (shown[i] > hidden[i] + 0.5 ? [block.textContent!.slice(0, 20)] : []));
    });
    assert.deepEqual(grown, [], `${id}: these blocks gain a line from the control`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, `${id}: the control does not widen the page`);
  }
});

test('a link to a paragraph scrolls to it and marks it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(REPORT);
  const id = await page.locator('article p[id]').nth(20).getAttribute('id');
  await page.goto(`${REPORT}#${id}`);
  const state = await page.evaluate((pid) => {
    const p = document.getElementById(pid!)!;
    const box = p.getBoundingClientRect();
    return { top: box.top, height: innerHeight, background: getComputedStyle(p).backgroundColor, targeted: p.matches(':target') };
  }, id);
  assert.ok(state.targeted && state.top >= 0 && state.top < state.height, 'the paragraph is in view and targeted');
  assert.notEqual(state.background, 'rgba(0, 0, 0, 0)', 'the paragraph is marked');
});

test('the control beside a paragraph shows on keyboard focus, copies a GB/T 7714 citation and says so', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(REPORT);
  const paragraph = page.locator('article p[id]').nth(12);
  const id = (await paragraph.getAttribute('id'))!;
  const link = paragraph.locator('a.cite-link');
  await link.focus();
  assert.equal(await link.evaluate((a) => getComputedStyle(a).opacity), '1', 'visible on keyboard focus');
  assert.equal(await link.getAttribute('aria-label'), '复制本段引用');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.cite-status')?.textContent !== '');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  assert.equal(copied, `株洲市荷塘区人民政府. 政府工作报告[EB/OL]. (2022-02-24)[${today}]. ${new URL(REPORT, page.url()).href}#${id}.`);
  assert.equal(new URL(page.url()).hash, `#${id}`);

  const toast = page.locator('.cite-toast');
  assert.equal(await toast.textContent(), await page.locator('.cite-status').textContent(), 'the toast says what the live region says');
  const [toastBox, linkBox] = [(await toast.boundingBox())!, (await link.boundingBox())!];
  assert.ok(toastBox.y >= linkBox.y + linkBox.height && toastBox.y < linkBox.y + linkBox.height + 20, 'the toast stands under the control');
  assert.ok(toastBox.x >= 0 && toastBox.x + toastBox.width <= 375, 'inside the screen');
  assert.ok(await link.evaluate((a) => a === document.activeElement), 'focus stays on the control');
  await page.keyboard.press('Escape');
  assert.ok(await toast.isHidden(), 'Escape dismisses it');
  await page.keyboard.press('Enter');
  await toast.waitFor({ state: 'visible' });
  await toast.waitFor({ state: 'hidden', timeout: 6000 });
});

test('a list item and a glossary entry copy their own address', async () => {
  const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  for (const [report, selector] of [['/reports/zhuzhou-daily-city-special-2021/', 'article li[id]'], [REPORT, 'article .glossary__entry']]) {
    await page.goto(report);
    const block = page.locator(selector).nth(3);
    await block.hover();
    const before = await page.evaluate(() => scrollY);
    await block.locator('a.cite-link').click();
    await page.waitForFunction(() => document.querySelector('.cite-status')?.textContent !== '');
    assert.equal(await page.evaluate(() => scrollY), before, 'the page does not jump');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.endsWith(`${report}#${await block.getAttribute('id')}.`), copied);
    assert.ok(await block.evaluate((b) => b.matches(':target')), 'and mark it');
  }
});

test('when the clipboard refuses, the toast shows the citation selected for copying by hand, until dismissed', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto(REPORT);
  const paragraph = page.locator('article p[id]').nth(5);
  await paragraph.hover();
  await paragraph.locator('a.cite-link').click();
  const citation = page.locator('.cite-toast__citation');
  await citation.waitFor();
  assert.match((await citation.textContent())!, /^株洲市荷塘区人民政府\. 政府工作报告\[EB\/OL\]\. .*#p-[0-9a-f]{8}\.$/);
  assert.equal(await page.evaluate(() => getSelection()!.toString()), await citation.textContent());
  assert.ok((await page.locator('.cite-status').textContent())!.endsWith((await citation.textContent())!), 'screen readers hear the citation too');
  await page.waitForTimeout(4500);
  assert.ok(await citation.isVisible(), 'it stays');
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('.cite-toast').isHidden());
});
