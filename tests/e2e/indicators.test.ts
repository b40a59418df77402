/** The key-indicators page, its charts and downloads, against the indicator data; the charts legible on a phone and on paper. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { dist } from '../site.ts';
import { useBrowser } from './browser.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import { scratchDir } from '../scratch.ts';

const browser = useBrowser();
const json = JSON.parse(readFileSync(path.join(dist, 'indicators.json'), 'utf8')) as Record<string, string | number | null>[];

test('the CSV is UTF-8 with a byte-order mark and parses back to the same values as the JSON', () => {
  const csv = readFileSync(path.join(dist, 'indicators.csv'), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'));
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  assert.equal(rows.length, json.length);
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(json[i])) assert.equal(row[key], value === null ? '' : String(value), `row ${i} ${key}`);
  });
});

test('every printed cell of both tables is in the data, with the report and table it came from', () => {
  assert.equal(json.length, 8 * 4 + 9 * 4);
  const gdp2021 = json.find((r) => r.key === 'gdp' && r.year === 2021 && r.role === 'plan')!;
  assert.deepEqual(
    { printed: gdp2021.printed, kind: gdp2021.kind, min: gdp2021.min, max: gdp2021.max, report: gdp2021.report },
    { printed: '8%-8.5%', kind: 'range', min: 8, max: 8.5, report: 'tianyuan-2022-plan' },
  );
  const income = json.find((r) => r.key === 'disposable-income' && r.year === 2023 && r.role === 'estimate')!;
  assert.equal(income.kind, 'none');
  assert.equal(json.find((r) => r.key === 'gdp' && r.year === 2024 && r.role === 'plan')!.kind, 'approx');
  assert.equal(json.find((r) => r.key === 'disposable-income' && r.year === 2024 && r.role === 'plan')!.kind, 'qualitative');
});

test('each indicator has a chart with a text alternative and the numbers in a table beside it', async () => {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto('/indicators/');
  const keys = [...new Set(json.map((r) => r.key))];
  assert.equal(await page.locator('svg.indicator-chart[role=img]').count(), keys.length);
  for (const key of keys) {
    const section = page.locator(`section#${key}`);
    const description = (await section.locator('svg desc').textContent())!;
    const marks = await section.locator('.indicator-chart__mark').count();
    const plotted = json.filter((r) => r.key === key && ['plan', 'actual', 'estimate'].includes(r.role as string) && ['exact', 'approx', 'range'].includes(r.kind as string));
    assert.equal(marks, plotted.length, `${key}: one mark per plan or outcome number`);
    for (const row of json.filter((r) => r.key === key)) {
      assert.ok(description.includes(row.kind === 'none' ? '未列' : String(row.printed)), `${key}: ${row.printed} in the text alternative`);
      assert.ok((await section.locator('table').textContent())!.includes(String(row.printed)), `${key}: ${row.printed} in the table`);
    }
  }
  assert.ok(scripts.every((url) => !/chart/i.test(url)), 'no chart script is shipped');
});

for (const width of [375, 1280]) {
  test(`at ${width} px no two texts of a chart overlap${width === 375 ? ', and none is under 12 px' : ''}`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('/indicators/');
    const charts = await page.$$eval('svg.indicator-chart', (svgs) =>
      svgs.map((svg) => {
        const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect().toJSON() as DOMRect, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
        return { key: svg.closest('section')!.id, texts };
      }),
    );
    assert.equal(charts.length, 9);
    for (const { key, texts } of charts) {
      for (const [i, a] of texts.entries()) {
        if (width === 375) assert.ok(a.px >= 12, `${key}: ${a.text} is ${a.px.toFixed(1)} px`);
        for (const b of texts.slice(i + 1)) {
          const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
          assert.ok(apart, `${key}: “${a.text}” and “${b.text}” overlap`);
        }
      }
    }
  });
}

test('each chart’s axis states the unit its labels use, and the legend draws the marks the charts draw', async () => {
  const page = await browser.newPage();
  await page.goto('/indicators/');
  for (const key of ['gdp', 'urban-jobs', 'grain-output']) {
    const unit = (await page.locator(`#${key} .indicator-chart__unit`).textContent())!.replace('单位：', '');
    const labels = await page.locator(`#${key} .indicator-chart__mark text`).allTextContents();
    assert.ok(labels.length > 0 && labels.every((label) => label.replace(/\*$/, '').endsWith(unit)), `${key}: ${unit} / ${labels.join(' ')}`);
  }
  // A mark's shape: its class and the elements that draw it (a circle, or the three lines of a range).
  const shapes = (selector: string) =>
    page.$$eval(selector, (marks) => [...new Set(marks.map((m) => `${m.getAttribute('class')}:${[...m.children].filter((c) => c.tagName !== 'text').map((c) => c.tagName).join(',')}`))].sort());
  const drawn = await shapes('svg.indicator-chart .indicator-chart__mark');
  assert.deepEqual(await shapes('.indicator-legend .indicator-chart__mark'), drawn);
  assert.ok(drawn.some((shape) => shape.endsWith('line,line,line')), 'a range is drawn as a bar with caps');
});

test('at 375 px the tables fit and no year or number breaks across lines', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
  await page.goto('/indicators/');
  const broken = await page.$$eval('.indicator__table tbody :is(th, td):not(.indicator__words)', (cells) =>
    cells.filter((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
    }).map((cell) => cell.textContent),
  );
  assert.deepEqual(broken, []);
  const overflowing = await page.$$eval('.indicator .table-scroll', (boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth).length);
  assert.equal(overflowing, 0);
});

test('printed: several charts to a page under the page’s running title, and no download links', async () => {
  const page = await browser.newPage();
  await page.goto('/indicators/');
  const pdf = path.join(scratchDir('indicators-'), 'indicators.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  assert.ok(pages.length <= 4, `9 charts on ${pages.length} pages`);
  const title = `${ui.indicators.title} | ${ui.siteName}`;
  pages.forEach((text, i) => assert.equal(text.trim().split('\n')[0].trim(), title, `page ${i + 1} runs under the title`));
  assert.ok(pages.every((text) => !text.includes(ui.indicators.csv) && !text.includes(ui.indicators.downloads)), 'no download links on paper');
});
