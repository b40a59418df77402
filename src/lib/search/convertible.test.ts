import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { convertibleOf, decodeConvertible, encodeConvertible, mayConvert } from './convertible.ts';
import fromHk from 'opencc-js/from/hk';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';
import cnTo from 'opencc-js/from/cn';
import toTw from 'opencc-js/to/tw';
import { ConverterFactory } from 'opencc-js/core';

const convert = ConverterFactory(fromHk, fromTw, toCn);
const convertible = convertibleOf([...fromHk, ...fromTw, ...toCn], convert);

test('the characters that convert on their own, and the phrases that convert though none of their characters does', () => {
  const small = convertibleOf([['發展 发展|發 发|反覆 反复', '營 营']], ConverterFactory([['發 发|營 营|反覆 反复']]));
  assert.deepEqual([...small.chars].sort(), ['營', '發']);
  assert.deepEqual(small.phrases, ['反覆']);
});

// The 荷塘区 report, Simplified as published, and in Traditional characters as a Taiwanese reader would type it.
const simplified = Array.from(readFileSync(new URL('../../../content/sources/004_88621541501a8a2f.txt', import.meta.url), 'utf8').replace(/\s+/g, ''));
const traditional = Array.from(ConverterFactory(cnTo, toTw)(simplified.join('')));
const substrings = (chars: string[], length: number) => Array.from({ length: 400 }, (_, i) => chars.slice((i * 37) % (chars.length - length), ((i * 37) % (chars.length - length)) + length).join(''));

test('a query the lists pass over converts to itself, so the dictionaries are not needed for it', () => {
  for (const length of [1, 2, 4, 8]) {
    for (const query of [...substrings(simplified, length), ...substrings(traditional, length), '營商環境', '反覆', '著']) {
      if (!mayConvert(query, convertible)) assert.equal(convert(query), query, query);
    }
  }
  for (const query of ['營商環境', '發展', '專精特新', '臺灣', '著', '裏', '反覆']) assert.ok(mayConvert(query, convertible), query);
});

test('Simplified text seldom needs the dictionaries', () => {
  const needing = substrings(simplified, 4).filter((query) => mayConvert(query, convertible)).length;
  assert.ok(needing <= 20, `${needing} of 400 four-character queries would load the dictionaries`);
  assert.equal(mayConvert('营商环境', convertible), false);
});

test('the lists read back as written, astral characters included', () => {
  assert.deepEqual(decodeConvertible(encodeConvertible(convertible)), { chars: new Set(convertible.chars), phrases: convertible.phrases });
  assert.deepEqual(decodeConvertible(encodeConvertible({ chars: new Set(['發', '𠀀', '營']), phrases: [] })), { chars: new Set(['發', '營', '𠀀']), phrases: [] });
});
