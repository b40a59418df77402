/** axe-core finds no violations on the home page, region and year pages, a report page (also with its find bar open) and the search page, in both colour schemes; the skip link lands on the text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { useBrowser } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();
const findBarPage = `/reports/tianyuan-2022-plan/?hl=${encodeURIComponent('发展')}`;
const pages = ['/', `/regions/${encodeURIComponent('湖南省')}/${encodeURIComponent('株洲市')}/`, '/years/2022/', '/glossary/', '/indicators/', '/reports/tianyuan-2022-plan/', findBarPage, '/reports/zhuzhou-daily-city-special-2021/', `/search/?q=${encodeURIComponent('营商环境')}`, '/404.html'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} in the ${colorScheme} scheme has no axe violations`, async () => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(path);
      if (path.startsWith('/search/')) await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      if (path === findBarPage) await page.locator('.find-bar').waitFor({ state: 'visible' });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is the global the script tag defines
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    });
  }
}

for (const [path, target] of [['/reports/tianyuan-2022-plan/', 'report-text'], ['/', 'main']]) {
  test(`on ${path} the skip link is the first stop and lands on #${target}, where tabbing goes on`, async () => {
    const page = await browser.newPage();
    await page.goto(path);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), target);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate((id) => document.getElementById(id)!.contains(document.activeElement), target), 'the next stop is inside it');
  });
}
