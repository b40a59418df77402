/** Citable paragraphs: every paragraph has a stable id, a link to it marks it, its control copies a citation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { paragraphIds } from '../../src/lib/paragraph-ids.ts';
import { builtPage, reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const REPORT = '/reports/hetang-2022-work-report/';

test('every paragraph of every report has the id its own text (notes aside) gives it', () => {
  for (const id of reportIds) {
    const $ = cheerio.load(builtPage(`reports/${id}`));
    $('[data-editor-note]').remove();
    // A paragraph that holds only an editor's note has no report text to cite.
    const paragraphs = $('article p').not('.report__subtitle').filter((_, p) => $(p).text().trim() !== '');
    assert.ok(paragraphs.length > 5);
    const texts = paragraphs.map((_, p) => $(p).text()).get();
    assert.deepEqual(paragraphs.map((_, p) => $(p).attr('id')).get(), paragraphIds(texts), id);
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

test('the control beside a paragraph shows on keyboard focus and copies a citation', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
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
  assert.ok(copied.startsWith('政府工作报告，'), copied);
  assert.ok(copied.includes('2022年2月24日'), 'with the date');
  assert.ok(copied.endsWith(`${REPORT}#${id}`), 'with the paragraph’s address');
  const heading = await paragraph.evaluate((p) => {
    const headings = [...document.querySelectorAll('article :is(h2,h3,h4)')].filter((h) => h.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
    return headings.at(-1)!.textContent!.trim();
  });
  assert.ok(copied.includes(heading), 'with the section heading');
  assert.equal(new URL(page.url()).hash, `#${id}`);
});
