import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndicatorTable } from '../content/schema.ts';
import { indicatorCells, indicatorName, indicatorSeries, toCsv } from './indicators.ts';

const table = (report: string, year: number, values: string[]): IndicatorTable => ({
  report,
  title: `${year} 年计划草案`,
  corner: '主要指标',
  columns: [
    { label: `${year - 1} 年计划`, year: year - 1, role: 'plan' },
    { label: `${year - 1} 年完成`, year: year - 1, role: 'actual' },
    { group: `${year} 年计划`, label: '区计划', year, role: 'plan' },
  ],
  rows: [{ key: 'gdp', label: '1.地区生产总值 增速', values }],
});

test('indicator names drop the printed number and 其中', () => {
  assert.equal(indicatorName('1. 地区生产总值增速'), '地区生产总值增速');
  assert.equal(indicatorName('其中：规模工业增加值 增速'), '规模工业增加值增速');
});

test('cells carry their source and meaning; series put the years side by side', () => {
  const cells = indicatorCells([table('a', 2022, ['8%-8.5%', '8.3%', '8%']), table('b', 2024, ['7.5%左右', '6%', '7%左右'])], (id) => `报告${id}`);
  assert.equal(cells.length, 6);
  assert.deepEqual(cells[2], {
    report: 'a', reportTitle: '报告a', table: '2022年计划草案', key: 'gdp', indicator: '地区生产总值增速', label: '1.地区生产总值增速',
    column: '2022年计划 / 区计划', year: 2022, role: 'plan', printed: '8%', value: { kind: 'exact', value: 8, unit: '%' },
  });
  const [gdp] = indicatorSeries(cells);
  assert.deepEqual(gdp.years, [2021, 2022, 2023, 2024]);
  assert.equal(gdp.at(2021, 'plan')?.printed, '8%-8.5%');
  assert.equal(gdp.at(2023, 'actual')?.printed, '6%');
  assert.equal(gdp.at(2022, 'actual'), undefined);
});

test('the CSV starts with a byte-order mark and quotes what needs quoting', () => {
  const cells = indicatorCells([table('a', 2022, ['15% (9月调整为 25%)', '"x",y', '8%'])], () => '报告');
  const csv = toCsv(cells);
  assert.ok(csv.startsWith('\uFEFFreport,reportTitle,'));
  assert.ok(csv.includes('"""x"",y"'));
  assert.equal(csv.trim().split('\r\n').length, 4);
});
