import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchOffsets, queryParts, type PairKinds } from './matches.ts';
import { isTripleWord, pairCountWord, pairWord, recordWords, tripleWord } from './words.ts';

/** What Pagefind reports for a record, as the merged index keeps it: the positions of each word; a tripled pair's own are not kept. */
function positionsOf(text: string, tripled: ReadonlySet<string> = new Set()) {
  return new Map([...recordWords(Array.from(text), tripled)].filter(([word]) => !tripled.has(word)));
}

/** Every offset at which `query` begins in `text`, the slow obvious way. */
function occurrences(text: string, query: string): number[] {
  const chars = Array.from(text);
  const q = Array.from(query);
  const found: number[] = [];
  for (let i = 0; i + q.length <= chars.length; i++) if (q.every((c, k) => chars[i + k] === c)) found.push(i);
  return found;
}

const text = '推进高质量发展，突破。推进人才发展。发展发展，2.5%和25%。高质量发展';

test('a query is found exactly where it stands, of any length', () => {
  const positions = positionsOf(text);
  const chars = Array.from(text);
  for (let length = 2; length <= 9; length++) {
    for (let from = 0; from + length <= chars.length; from++) {
      const query = chars.slice(from, from + length).join('');
      assert.deepEqual(matchOffsets(queryParts(Array.from(query)), positions), occurrences(text, query), query);
    }
  }
});

test('with the commonest pairs tripled, a query is found exactly where it stands, and so is a string that is not in the text', () => {
  const tripled = new Set(['发展', '高质', '推进'].map((pair) => pairWord(pair[0], pair[1])));
  const kinds: PairKinds = { counted: (pair) => tripled.has(pair), tripled: (pair) => tripled.has(pair) };
  const positions = positionsOf(text, tripled);
  assert.ok(![...positions.keys()].some((word) => tripled.has(word)), 'no tripled pair is kept');
  const chars = Array.from(text);
  for (let length = 3; length <= 9; length++) {
    for (let from = 0; from + length <= chars.length; from++) {
      const query = chars.slice(from, from + length).join('');
      assert.deepEqual(matchOffsets(queryParts(Array.from(query), kinds), positions), occurrences(text, query), query);
    }
  }
  for (const query of ['发展推进', '质量发展发', '展，突破。推进人才发展发', '推进推进', '高质量发展。']) {
    assert.deepEqual(matchOffsets(queryParts(Array.from(query), kinds), positions), occurrences(text, query), query);
  }
});

test('strings that are not in the text are not found, even when all their pairs are', () => {
  const positions = positionsOf(text);
  for (const query of ['发展推进', '2.5%和2', '质量发展发', '突破。推进人口', '展，突破。推进人才发展发', '5%', '25%。高质量发展。']) {
    assert.deepEqual(matchOffsets(queryParts(Array.from(query)), positions), occurrences(text, query), query);
  }
});

test('one character is its count word; several are every other pair and, for an odd length, the last one', () => {
  assert.deepEqual(queryParts(['发']).length, 1);
  assert.match(queryParts(['发'])[0].word, /^z[0-9a-y][0-9a-z]{2}$/);
  assert.deepEqual(queryParts(Array.from('高质量发展')).map((p) => p.at), [0, 2, 3]);
  assert.deepEqual(queryParts(Array.from('高质量发')).map((p) => p.at), [0, 2]);
  assert.deepEqual(queryParts([]), []);
  // A pair with a count word (a heavy one) is that word; longer queries keep their pairs.
  const heavy: PairKinds = { counted: (pair) => pair === pairWord('发', '展'), tripled: () => false };
  assert.deepEqual(queryParts(Array.from('发展'), heavy), [{ word: pairCountWord(pairWord('发', '展')), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('展发'), heavy), [{ word: pairWord('展', '发'), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('发展中'), heavy).map((p) => p.word), [pairWord('发', '展'), pairWord('展', '中')]);
});

test('a tripled pair is the triple it begins, or at the end the triple it ends, and a pair a triple covers is not looked up', () => {
  const tripled: PairKinds = { counted: (pair) => pair === pairWord('发', '展'), tripled: (pair) => pair === pairWord('发', '展') };
  assert.deepEqual(queryParts(Array.from('发展'), tripled), [{ word: pairCountWord(pairWord('发', '展')), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('发展中'), tripled), [{ word: tripleWord('发', '展', '中'), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('发展中心'), tripled), [{ word: tripleWord('发', '展', '中'), at: 0 }, { word: pairWord('中', '心'), at: 2 }]);
  assert.deepEqual(queryParts(Array.from('高质量发展'), tripled), [{ word: pairWord('高', '质'), at: 0 }, { word: tripleWord('量', '发', '展'), at: 2 }]);
  assert.deepEqual(queryParts(Array.from('量发展'), tripled), [{ word: tripleWord('量', '发', '展'), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('推动发展'), tripled), [{ word: pairWord('推', '动'), at: 0 }, { word: tripleWord('动', '发', '展'), at: 1 }]);
  assert.ok(queryParts(Array.from('发展发展'), tripled).every((part) => isTripleWord(part.word)));
});
