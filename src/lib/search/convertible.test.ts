import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertibleChars, decodeConvertible, encodeConvertible, mayConvert } from './convertible.ts';
import fromHk from 'opencc-js/from/hk';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';
import { ConverterFactory } from 'opencc-js/core';

test('the first characters of the dictionaries’ keys, once each', () => {
  assert.equal(convertibleChars([['發展 发展|發 发', '營 营']]), '營發');
});

test('a query conversion would change always holds one of them; one without them converts to itself', () => {
  const convert = ConverterFactory(fromHk, fromTw, toCn);
  const convertible = new Set(convertibleChars([...fromHk, ...fromTw, ...toCn]));
  for (const query of ['營商環境', '發展', '專精特新', '臺灣', '著', '裏']) {
    assert.notEqual(convert(query), query);
    assert.ok(mayConvert(query, convertible), query);
  }
  for (const query of ['营商环境', '高质量发展', '2022年GDP', '“三农”']) {
    if (!mayConvert(query, convertible)) assert.equal(convert(query), query, query);
  }
  assert.equal(mayConvert('营商环境', convertible), false);
});

test('the list reads back as written, astral characters included', () => {
  const chars = convertibleChars([...fromHk, ...fromTw, ...toCn]);
  assert.deepEqual(decodeConvertible(encodeConvertible(chars)), new Set(chars));
  assert.deepEqual(decodeConvertible(encodeConvertible('發𠀀營')), new Set(['發', '營', '𠀀']));
  assert.deepEqual(decodeConvertible(''), new Set());
});
