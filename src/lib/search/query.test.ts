import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capQuery, knownFilters, queryVariants, readSearchParams, writeSearchParams } from './query.ts';

test('the query, the filters and the page round-trip through the URL', () => {
  const state = readSearchParams(new URLSearchParams('q=营商环境&region=湖南省/株洲市&region=湖南省&year=2022&kind=&page=3'));
  assert.deepEqual(state, { q: '营商环境', filters: { region: ['湖南省/株洲市', '湖南省'], kind: [], year: ['2022'] }, page: 3 });
  assert.deepEqual(readSearchParams(new URLSearchParams(writeSearchParams(state))), state);
  assert.equal(writeSearchParams({ ...state, page: 1 }).includes('page'), false);
});

test('a page that is not a whole number from 2 up is the first page', () => {
  for (const page of ['0', '-2', 'abc', '1.5', '']) assert.equal(readSearchParams(new URLSearchParams(`q=x&page=${page}`)).page, 1);
});

test('a query is cut at 100 characters, and says so', () => {
  assert.deepEqual(capQuery('  营商环境 '), { q: '营商环境', cut: false });
  const long = capQuery('发'.repeat(10_000));
  assert.equal(Array.from(long.q).length, 100);
  assert.equal(long.cut, true);
});

test('filter values the page does not offer are dropped and named', () => {
  const offered = (key: string, value: string) => (key === 'year' ? value === '2022' : key === 'kind' ? value === 'press-special' : true);
  const { filters, dropped } = knownFilters({ region: ['湖南省'], kind: ['junk'], year: ['abc', '2022'] }, offered);
  assert.deepEqual(filters, { region: ['湖南省'], kind: [], year: ['2022'] });
  assert.deepEqual(dropped, ['kind=junk', 'year=abc']);
});

test('a Traditional query is also searched in its Simplified form, each folded', () => {
  assert.deepEqual(queryVariants('發展 ＡＢ', '发展 ＡＢ'), ['發展ab', '发展ab']);
  assert.deepEqual(queryVariants('发展', '发展'), ['发展']);
  assert.deepEqual(queryVariants('\u200b \u202e', '\u200b \u202e'), []);
});
