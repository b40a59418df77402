import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartOf } from './indicator-chart.ts';
import { indicatorCells, indicatorSeries } from './indicators.ts';

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
      ],
    },
  ],
  () => '报告',
);
const [gdp, income, jobs] = indicatorSeries(cells);

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
  assert.ok(chart.yTicks[0].label === '0%' && chart.yTicks.length >= 3);
});

test('qualitative and missing values get no mark', () => {
  assert.deepEqual(chartOf(income).marks, []);
});

test('万人 and 人 share one scale', () => {
  const chart = chartOf(jobs);
  assert.equal(chart.unit, '人');
  const [plan, , plan2022] = chart.marks;
  assert.ok(plan2022.y! < plan.y!, '1.5万人 stands above 7000人');
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
