import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { chartOf, overlaps, placeLabels, textBox, type Box, type Chart } from './indicator-chart.ts';
import { indicatorCells, indicatorSeries, type IndicatorSeries } from './indicators.ts';
import type { IndicatorTable } from '../content/schema.ts';

const cells = indicatorCells(
  [
    {
      report: 'a', title: 't', corner: '主要指标',
      columns: [
        { label: '2021 年计划', year: 2021, role: 'plan' },
        { label: '2021 年完成', year: 2021, role: 'actual' },
        { group: '2022 年计划', label: '区计划', year: 2022, role: 'plan' },
      ],
      rows: [
        { key: 'gdp', label: '1.地区生产总值增速', values: ['8%-8.5%', '8.3%', '8%左右'] },
        { key: 'income', label: '6.收入增速', values: ['高于经济增长', '/', '高于经济增长'] },
        { key: 'jobs', label: '7.就业', values: ['7000 人', '8392 人', '1.5 万人'] },
        { key: 'grain', label: '8.粮食总产量', values: ['3.5 万吨', '3.5 万吨', '3.6 万吨'] },
        { key: 'trade', label: '4.进出口总额增速', values: ['15% (9月调整为 25%)', '-0.3%', '8%'] },
      ],
    },
  ],
  () => '报告',
);
const [gdp, income, jobs, grain, trade] = indicatorSeries(cells);

test('a range is a bar, a number a point, an approximate target a point marked as such', () => {
  const chart = chartOf(gdp);
  assert.equal(chart.marks.length, 3);
  const [range, actual, approx] = chart.marks;
  assert.equal(range.series, 'plan');
  assert.ok(range.y1! > range.y2!, 'the bar goes up from 8% to 8.5%');
  assert.equal(actual.series, 'outcome');
  assert.ok(actual.y! < range.y1! && actual.y! > range.y2!, '8.3% lies inside the 8%–8.5% bar');
  assert.equal(approx.approx, true);
  assert.equal(chart.unit, '%');
  assert.equal(chart.unitLabel.text, '单位：%');
  assert.ok(chart.yTicks[0].label.text === '0' && chart.yTicks.length >= 3);
  assert.equal(approx.label.text, '≈8%');
});

test('qualitative and missing values get no mark', () => {
  assert.deepEqual(chartOf(income).marks, []);
});

test('万人 and 人 share one scale, in the base unit', () => {
  const chart = chartOf(jobs);
  assert.equal(chart.unit, '人');
  assert.equal(chart.yTicks.at(-1)!.label.text, '15,000');
  const [plan, , plan2022] = chart.marks;
  assert.ok(plan2022.y! < plan.y!, '1.5万人 stands above 7000人');
});

test('the axis keeps the labels’ unit when they share one (万吨, not 吨)', () => {
  const chart = chartOf(grain);
  assert.equal(chart.unitLabel.text, '单位：万吨');
  assert.deepEqual(chart.marks.map((m) => m.label.text), ['3.5万吨', '3.5万吨', '3.6万吨']);
  assert.equal(chart.yTicks.at(-1)!.label.text, '4');
});

test('a value with a printed note is labelled with * and the note is given under the chart', () => {
  const chart = chartOf(trade);
  assert.equal(chart.marks[0].label.text, '15%*');
  assert.deepEqual(chart.notes, [{ year: 2021, role: 'plan', printed: '15% (9月调整为25%)' }]);
});

test('every mark lies inside the plot', () => {
  for (const series of [gdp, jobs]) {
    const chart = chartOf(series);
    for (const mark of chart.marks) {
      for (const y of [mark.y, mark.y1, mark.y2].filter((v) => v !== undefined)) {
        assert.ok(y! >= chart.plot.top - 0.001 && y! <= chart.plot.bottom + 0.001, `${series.key} ${mark.label}`);
      }
    }
  }
});

/** Every text of a chart: the unit, the axes' labels and the marks' labels. */
const texts = (chart: Chart) => [chart.unitLabel, ...chart.xTicks, ...chart.yTicks.map((t) => t.label), ...chart.marks.map((m) => m.label)];

function assertNoOverlaps(series: IndicatorSeries) {
  const chart = chartOf(series);
  const boxes = texts(chart).map((t) => ({ text: t.text, box: textBox(t) }));
  const view: Box = { left: 0, top: 0, right: chart.width, bottom: chart.height };
  for (const [i, a] of boxes.entries()) {
    assert.ok(a.box.left >= 0 && a.box.right <= view.right && a.box.top >= 0 && a.box.bottom <= view.bottom, `${series.key}: ${a.text} inside the drawing`);
    for (const b of boxes.slice(i + 1)) assert.ok(!overlaps(a.box, b.box), `${series.key}: ${a.text} and ${b.text} overlap`);
  }
}

test('no two texts of any chart of the site overlap (8.5% beside 11.2%, 7000人 beside 8392人)', () => {
  const dir = new URL('../../content/indicators/', import.meta.url);
  const tables = readdirSync(dir).map((file) => parse(readFileSync(new URL(file, dir), 'utf8')) as IndicatorTable);
  const all = indicatorSeries(indicatorCells(tables, () => '报告'));
  assert.equal(all.length, 9);
  all.forEach(assertNoOverlaps);
});

test('plan and outcome of equal value, year after year, still get labels apart', () => {
  const crowded = indicatorSeries(
    indicatorCells(
      [
        {
          report: 'a', title: 't', corner: '主要指标',
          columns: [2021, 2022, 2023, 2024].flatMap((year) => [
            { label: `${year} 年计划`, year, role: 'plan' as const },
            { label: `${year} 年完成`, year, role: 'actual' as const },
          ]),
          rows: [{ key: 'x', label: '1.增速', values: ['10.5%', '10.5%', '10.5%左右', '10.6%', '10.5%-11%', '10.4%', '10.5%', '10.5%'] }],
        },
      ],
      () => '报告',
    ),
  );
  assertNoOverlaps(crowded[0]);
});

test('a label goes to its preferred side, across when that is taken, and slides inward at the edge', () => {
  const area: Box = { left: 0, top: 0, right: 200, bottom: 200 };
  const around: Box = { left: 95, right: 105, top: 95, bottom: 105 };
  const [above] = placeLabels([{ text: '8%', around, prefer: 'above' }], [], area);
  assert.ok(textBox(above).bottom <= around.top && above.x === 100);
  const [below] = placeLabels([{ text: '8%', around, prefer: 'above' }], [{ left: 90, right: 110, top: 70, bottom: 94 }], area);
  assert.ok(textBox(below).top >= around.bottom, 'above is taken: below');
  const [edge] = placeLabels([{ text: '8%-8.5%', around: { ...around, left: 0, right: 10 }, prefer: 'above' }], [], area);
  assert.equal(textBox(edge).left, 0, 'slid inside the area');
});
