import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll, firstFrom, foldQuery, QUERY_MAX_LENGTH } from './find.ts';

const texts = (text: string, query: string) => findAll(text, query).map(({ start, end }) => text.slice(start, end));

test('finds every occurrence, left to right, as offsets into the text', () => {
  const text = '发展经济，发展民生，发展';
  assert.deepEqual(findAll(text, '发展'), [
    { start: 0, end: 2 },
    { start: 5, end: 7 },
    { start: 10, end: 12 },
  ]);
  assert.deepEqual(findAll(text, '营商'), []);
  assert.deepEqual(findAll(text, ''), []);
});

test('occurrences do not overlap', () => {
  assert.deepEqual(texts('啊啊啊啊啊', '啊啊'), ['啊啊', '啊啊']);
  assert.equal(findAll('ababa', 'aba').length, 1);
});

test('whitespace, line breaks, width, case and format characters inside the text do not matter', () => {
  assert.deepEqual(texts('全区 GDP 完成 513\n亿元，又 513 亿元', '513亿元'), ['513\n亿元', '513 亿元']);
  assert.deepEqual(texts('ＣＴＣＣ认证与ctcc', 'ctcc'), ['ＣＴＣＣ', 'ctcc']);
  assert.deepEqual(texts('营\u200b商\u00ad环\u202e境', '营商环境'), ['营\u200b商\u00ad环\u202e境']);
});

test('a match covers whole characters, including one outside the Basic Multilingual Plane', () => {
  assert.deepEqual(texts('甲𠀀乙𠀀', '𠀀乙'), ['𠀀乙']);
  // ㎡ folds to two characters: a query matching part of it covers all of it.
  assert.deepEqual(texts('100㎡', 'm'), ['㎡']);
  assert.deepEqual(texts('㎡㎡', '2m'), ['㎡㎡']);
  assert.deepEqual(texts('㎡㎡', 'm'), ['㎡', '㎡']);
});

test('a query is folded, and cut to the longest the search runs', () => {
  assert.equal(foldQuery(' ＧＤＰ 增长\n'), 'gdp增长');
  assert.equal(foldQuery('\u200b\u202e\u00ad \u3000\t'), '');
  assert.equal(foldQuery('营'.repeat(10_000)), '营'.repeat(QUERY_MAX_LENGTH));
  assert.equal(Array.from(foldQuery('𠀀'.repeat(200))).length, QUERY_MAX_LENGTH);
  assert.equal(foldQuery(`${'\u200b'.repeat(50)}营商`), '营商');
});

test('the first occurrence at or after an offset, wrapping to the first', () => {
  const found = findAll('发展甲发展乙发展', '发展');
  assert.equal(firstFrom(found, 0), 0);
  assert.equal(firstFrom(found, 3), 1);
  assert.equal(firstFrom(found, 4), 2);
  assert.equal(firstFrom(found, 7), 0);
  assert.equal(firstFrom([], 0), 0);
});
