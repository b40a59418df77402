import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAll } from './find.ts';
import { foldForSearch } from './fold.ts';

test('every occurrence, left to right, as offsets into the displayed text', () => {
  const text = '发展 是第一要务，高质量发展。发展';
  assert.deepEqual(
    findAll(text, '发展').map((m) => text.slice(m.start, m.end)),
    ['发展', '发展', '发展'],
  );
});

test('a match may span whitespace and full-width forms; the marked text is what is displayed', () => {
  const text = '增长 ８．３％ 左右，GDP\n增长';
  assert.deepEqual(findAll(text, foldForSearch('8.3%左右')).map((m) => text.slice(m.start, m.end)), ['８．３％ 左右']);
  assert.deepEqual(findAll(text, foldForSearch('gdp增长')).map((m) => text.slice(m.start, m.end)), ['GDP\n增长']);
});

test('format characters are ignored in text and query alike', () => {
  const text = '营商\u200b环境与营\u202e商环境';
  assert.equal(findAll(text, foldForSearch('营商\u00ad环境')).length, 2);
});

test('astral characters and an empty query', () => {
  const text = '𬍛村𬍛村';
  assert.deepEqual(findAll(text, '𬍛村').map((m) => [m.start, m.end]), [[0, 3], [3, 6]]);
  assert.deepEqual(findAll(text, ''), []);
});
