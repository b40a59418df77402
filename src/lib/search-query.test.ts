import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptAround, findMatch, queryVariants, readSearchParams, writeSearchParams } from './search-query.ts';

test('the URL carries the query and combinable filters, and back again', () => {
  const state = readSearchParams(new URLSearchParams('q=营商环境&region=天元区&region=荷塘区&year=2022&kind='));
  assert.deepEqual(state, { q: '营商环境', filters: { region: ['天元区', '荷塘区'], kind: [], year: ['2022'] } });
  assert.equal(decodeURIComponent(writeSearchParams(state)), 'q=营商环境&region=天元区&region=荷塘区&year=2022');
});

test('a hostile query is only a string in the URL', () => {
  const q = '<img src=x onerror=alert(1)>';
  assert.equal(readSearchParams(new URLSearchParams(writeSearchParams({ q, filters: { region: [], kind: [], year: [] } }))).q, q);
});

test('variants are the folded query and its Simplified form, without repeats', () => {
  const toSimplified = (t: string) => t.replace('營', '营').replace('環', '环');
  assert.deepEqual(queryVariants('營商環境', toSimplified), ['營商環境', '营商环境']);
  assert.deepEqual(queryVariants(' ＣＴＣＣ ', (t) => t), ['ctcc']);
  assert.deepEqual(queryVariants('   ', (t) => t), []);
});

test('finds a match across whitespace and width, in the displayed text', () => {
  const text = '全区 GDP 完成 513 亿元，增长8.3%';
  const m = findMatch(text, '513亿元')!;
  assert.equal(text.slice(m.start, m.end), '513 亿元');
  const w = findMatch('ＣＴＣＣ认证', 'ctcc')!;
  assert.deepEqual(w, { start: 0, end: 4 });
  assert.equal(findMatch('营业收入', '营商'), null);
});

test('an excerpt shows the match with context and ellipses', () => {
  const text = '一二三四五六七八九十';
  assert.deepEqual(excerptAround(text, { start: 4, end: 6 }, 2), { before: '…三四', match: '五六', after: '七八…' });
  assert.deepEqual(excerptAround(text, { start: 0, end: 1 }, 2), { before: '', match: '一', after: '二三…' });
});
