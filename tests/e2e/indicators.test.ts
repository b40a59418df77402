/** The key-indicators page, its charts and downloads, against the indicator data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { dist } from '../site.ts';
import { useBrowser } from './browser.ts';

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
