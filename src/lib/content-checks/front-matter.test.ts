import { test } from 'node:test';
import assert from 'node:assert/strict';
import { impossibleDates, isCalendarDay, rawFrontMatter } from './front-matter.ts';

test('the front matter keeps dates as written', () => {
  assert.deepEqual(rawFrontMatter('---\ntitle: 报告\ndate: 2022-02-30\n---\n\n正文'), { title: '报告', date: '2022-02-30' });
  assert.deepEqual(rawFrontMatter('正文'), {});
});

test('calendar days, leap years included', () => {
  assert.equal(isCalendarDay('2024-02-29'), true);
  assert.equal(isCalendarDay('2023-02-29'), false);
  assert.equal(isCalendarDay('2022-02-30'), false);
  assert.equal(isCalendarDay('2022-13-01'), false);
  assert.equal(isCalendarDay('2022-04-31'), false);
});

test('an impossible date is named with its field, wherever it stands', () => {
  assert.deepEqual(impossibleDates({ date: '2022-02-30', title: '报告' }), ['date: 2022-02-30 is not a day of the calendar']);
  assert.deepEqual(impossibleDates({ publication: { issued: '2021-11-31' } }), ['publication.issued: 2021-11-31 is not a day of the calendar']);
  assert.deepEqual(impossibleDates({ date: '2022-02-24', note: '2022-02-30 之前' }), []);
});
