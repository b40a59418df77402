import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch, indexWords, queryWords, unigramWord, bigramWord } from './search-tokens.ts';

test('folds full-width forms, case and whitespace', () => {
  assert.equal(foldForSearch('ＣＴＣＣ ２０２２\u3000年'), 'ctcc2022年');
  assert.equal(foldForSearch('厂BA'), '厂ba');
});

test('every substring of an indexed text asks only for words the text has', () => {
  const text = foldForSearch('高新区营业收入突破3000亿元；“三高四新”');
  const words = new Set(indexWords(text));
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j <= chars.length; j++) {
      for (const word of queryWords(chars.slice(i, j).join(''))) assert.ok(words.has(word), `${chars.slice(i, j).join('')} → ${word}`);
    }
  }
});

test('words are distinct, fixed-length and end in a digit', () => {
  const words = indexWords(foldForSearch('发展发展发展'));
  assert.deepEqual(words.sort(), [bigramWord('发', '展'), bigramWord('展', '发'), unigramWord('发'), unigramWord('展')].sort());
  for (const w of words) assert.match(w, /^(u\d{5}|b\d{10})$/);
});

test('a string the text does not hold asks for a word it lacks', () => {
  const words = new Set(indexWords(foldForSearch('营商环境')));
  assert.ok(queryWords('等城').some((w) => !words.has(w)));
  assert.deepEqual(queryWords(''), []);
});
