/** The glossary: its page, and the terms linked in the reports with their definitions on hover and focus. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { builtPage, reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();

test('the glossary page lists the 20 terms of the 荷塘区 report, each with its own anchor, credited to it', async () => {
  const page = await browser.newPage();
  await page.goto('/glossary/');
  assert.equal(await page.locator('dl.glossary dt[id^="term-"]').count(), 20);
  const credit = page.locator('.glossary-source > p a');
  assert.match((await credit.textContent())!, /《荷塘区2022年政府工作报告》/);
  await page.goto(`/glossary/#${encodeURIComponent('term-三高四新')}`);
  assert.equal(await page.evaluate(() => document.querySelector(':target')?.textContent), '三高四新');
});

test('in every report, a term links to its entry at most once per section', () => {
  let total = 0;
  for (const id of reportIds) {
    const $ = cheerio.load(builtPage(`reports/${id}`));
    let seen = new Set<string>();
    $('article').find('h2, h3, a.glossary-term').each((_, el) => {
      if (el.tagName !== 'a') return void (seen = new Set());
      const term = $(el).text();
      assert.ok(!seen.has(term), `${id}: ${term} twice in one section`);
      seen.add(term);
      assert.ok($(`#${$(el).attr('aria-describedby')}`).text().includes(term), 'the definition it points to is on the page');
      total++;
    });
  }
  assert.ok(total > 10, `${total} term links`);
});

test('a term shows its definition on hover and on keyboard focus, without moving the text, until Escape', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('/reports/tianyuan-2022-plan/');
  const term = page.locator('article a.glossary-term').first();
  await term.scrollIntoViewIfNeeded();
  const tooltip = () => term.evaluate((a) => getComputedStyle(a, '::after').content);
  assert.equal(await tooltip(), 'none');
  const paragraph = term.locator('xpath=ancestor::p[1]');
  const before = await paragraph.boundingBox();
  await term.hover();
  assert.match(await tooltip(), /是指/);
  assert.deepEqual(await paragraph.boundingBox(), before, 'no layout shift');
  await page.keyboard.press('Escape');
  assert.equal(await tooltip(), 'none', 'Escape dismisses the definition under the pointer');
  await page.mouse.move(0, 0);
  await term.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.match(await tooltip(), /是指/);
  await page.keyboard.press('Escape');
  assert.equal(await tooltip(), 'none', 'Escape dismisses the definition, focus stays');
  assert.equal(await term.evaluate((a) => a === document.activeElement), true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.match(await tooltip(), /是指/, 'it shows again when focus comes back');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await term.evaluate((a) => getComputedStyle(a, '::after').display), 'none', 'no tooltip on paper');
});
