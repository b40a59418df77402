import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayTitle, regionName } from './report-names.ts';

const hetang = { region: ['湖南省', '株洲市', '荷塘区'], date: new Date('2022-02-24'), kind: 'government-work-report' as const };

test('a report without a short title is named by its region, year and kind', () => {
  assert.equal(displayTitle(hetang), '荷塘区2022年政府工作报告');
  assert.equal(displayTitle({ ...hetang, region: ['国务院'], date: new Date('2024-03-05') }), '国务院2024年政府工作报告');
});

test('a short title, when given, is the name', () => {
  assert.equal(displayTitle({ ...hetang, kind: 'press-special', shortTitle: '株洲日报2021年市两会特别报道' }), '株洲日报2021年市两会特别报道');
});

test('the region named is the narrowest', () => {
  assert.equal(regionName(hetang), '荷塘区');
  assert.equal(regionName({ region: ['国务院'] }), '国务院');
});
