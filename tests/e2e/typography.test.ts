/** Type on screen: justified text, one list marker, a heading hierarchy, contents entries that wrap well and can be told apart. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportIds } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const SPECIAL = '/reports/zhuzhou-daily-city-special-2021/';

test('paragraphs and list items are justified', async () => {
  const page = await browser.newPage();
  await page.goto('/reports/hetang-2022-work-report/');
  const aligns = await page.$$eval('article :is(p, li, dd)', (els) => [...new Set(els.map((el) => getComputedStyle(el).textAlign))]);
  assert.deepEqual(aligns, ['justify']);
});

test('a list whose items begin with a printed ◆ shows that marker only', async () => {
  const page = await browser.newPage();
  await page.goto(SPECIAL);
  const items = await page.$$eval('article li', (lis) => lis.map((li) => ({ text: li.textContent!.trim(), marker: getComputedStyle(li).listStyleType })));
  const printed = items.filter((item) => item.text.startsWith('◆'));
  assert.ok(printed.length >= 40, `${printed.length} items with a printed marker`);
  assert.deepEqual([...new Set(printed.map((item) => item.marker))], ['none']);
});

test('h2, h3 and a bold lead phrase each stand clearly above the next', async () => {
  const page = await browser.newPage();
  await page.goto('/reports/hetang-2022-work-report/');
  const [h2, h3, lead] = await page.evaluate(() => ['article h2', 'article h3', 'article p strong'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
  assert.ok(h2 >= h3 * 1.15, `h2 ${h2} px, h3 ${h3} px`);
  assert.ok(h3 >= lead * 1.15, `h3 ${h3} px, bold lead phrase ${lead} px`);
});

test('no contents entry leaves one or two characters on a line of their own, on a phone or a wide screen', async () => {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const id of reportIds) {
      await page.goto(`/reports/${id}/`);
      if (width < 1024) await page.locator('.toc summary').click();
      const orphans = await page.$$eval('.toc ol a', (links) =>
        links.flatMap((a) => {
          // The characters of each line of the entry, by their vertical position.
          const lines = new Map<number, number>();
          const text = a.firstChild!;
          for (let i = 0; i < text.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
          return lines.size > 1 && Math.min(...lines.values()) <= 2 ? [a.textContent!] : [];
        }),
      );
      assert.deepEqual(orphans, [], `${id} at ${width} px`);
    }
  }
});

test('in the contents of the specials, each repeated block heading says which section it belongs to', async () => {
  const page = await browser.newPage();
  await page.goto(SPECIAL);
  const entries = await page.$$eval('.toc ol a', (links) => links.map((a) => a.textContent!));
  assert.equal(new Set(entries).size, entries.length, `the entries can be told apart: ${entries.join(' / ')}`);
  assert.ok(entries.includes('关键词3 · 报告点击'));
});
