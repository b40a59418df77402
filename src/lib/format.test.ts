import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, isoDay } from './format.ts';

test('prints dates as Chinese documents do', () => {
  assert.equal(formatDate(new Date('2022-02-23')), '2022年2月23日');
  assert.equal(isoDay(new Date('2021-12-31')), '2021-12-31');
});
