/** Browsing the five reports: from the home page down the region tree to a report, back up by the breadcrumbs, and by year. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const texts = (page: import('playwright-core').Page, selector: string) => page.locator(selector).allInnerTexts();

test('the home page shows every report, the region tree with counts and the years', async () => {
  const page = await browser.newPage();
  await page.goto('/');
  assert.equal(await page.locator('.report-card').count(), 5);
  assert.deepEqual(await texts(page, '#by-region + .region-tree li'), [
    '湖南省 5 份\n株洲市 5 份\n荷塘区 1 份\n天元区 3 份',
    '株洲市 5 份\n荷塘区 1 份\n天元区 3 份',
    '荷塘区 1 份',
    '天元区 3 份',
  ]);
  assert.deepEqual(await texts(page, '.year-list li'), ['2024年 1 份', '2022年 2 份', '2021年 2 份']);
});

test('a region page lists its reports newest first; its breadcrumbs lead back up the regions', async () => {
  const page = await browser.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: '天元区', exact: true }).click();
  await page.waitForURL((url) => decodeURIComponent(url.pathname).endsWith('/天元区/'));
  assert.equal(await page.locator('h1').textContent(), '湖南省株洲市天元区');
  assert.deepEqual(await texts(page, '.breadcrumbs li'), ['首页', '湖南省', '株洲市', '天元区']);
  assert.deepEqual(await texts(page, '.report-rows a'), ['天元区2024年国民经济和社会发展规划报告', '天元区2022年国民经济和社会发展计划报告', '株洲日报2021年天元区两会特别报道']);
  await page.locator('.breadcrumbs').getByRole('link', { name: '株洲市' }).click();
  await page.waitForURL((url) => decodeURIComponent(url.pathname).endsWith('/株洲市/'));
  assert.deepEqual(await texts(page, '#sub-regions + .region-tree li'), ['荷塘区 1 份', '天元区 3 份']);
  assert.deepEqual(await texts(page, '.report-rows a'), ['株洲日报2021年市两会特别报道']);
  await page.locator('.report-rows a').click();
  await page.waitForURL('**/reports/zhuzhou-daily-city-special-2021/');
  assert.deepEqual(await texts(page, '.breadcrumbs li'), ['首页', '湖南省', '株洲市', '株洲日报2021年市两会特别报道']);
});

test('a year page lists the year’s reports newest first, with their regions', async () => {
  const page = await browser.newPage();
  await page.goto('/');
  await page.locator('.year-list').getByRole('link', { name: '2022年' }).click();
  await page.waitForURL('**/years/2022/');
  assert.deepEqual(await texts(page, '.report-rows a'), ['荷塘区2022年政府工作报告', '天元区2022年国民经济和社会发展计划报告']);
  assert.match((await page.locator('.report-rows li').first().textContent())!, /湖南省株洲市荷塘区/);
});
