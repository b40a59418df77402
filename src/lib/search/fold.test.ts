import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldChar, foldForSearch, foldWithOrigins } from './fold.ts';

/** The folding by its definition, one character at a time, without the shortcuts fold.ts takes. */
const byDefinition = (char: string) => char.normalize('NFKC').toLowerCase().replace(/[\s\p{Cc}\p{Cf}]/gu, '');

test('full-width forms, case, whitespace and format characters fold away', () => {
  assert.equal(foldForSearch('ＧＤＰ增长２．５％'), 'gdp增长2.5%');
  assert.equal(foldForSearch('营商\n环\u00a0境\u200b'), '营商环境');
  assert.equal(foldForSearch('“三农”，'), '“三农”,');
});

test('every character folds as its definition says, the ones it has seen before and the CJK ideographs it skips included', () => {
  const chars = ['A', 'Ａ', '１', '，', '\u3000', '\u00ad', 'ﬁ', '①', '⺀', '㐀', '丁', '龥', '鿿', '豈', '𠀀', '𪚥', '\u{2f800}'];
  for (let code = 0x4e00; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
  for (const char of [...chars, ...chars]) assert.equal(foldChar(char), byDefinition(char), `U+${char.codePointAt(0)!.toString(16)}`);
});

test('each folded character keeps the offset of the character it came from', () => {
  const { chars, origin } = foldWithOrigins('ﬁ 𠀀Ａ');
  assert.deepEqual(chars, ['f', 'i', '𠀀', 'a']);
  assert.deepEqual(origin, [0, 0, 2, 4, 5]);
});
