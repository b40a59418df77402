import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchOffsets, queryParts } from './matches.ts';
import { pairCountWord, pairWord, recordWords } from './words.ts';

/** What Pagefind reports for a record: the positions of each word. */
function positionsOf(text: string) {
  const words = recordWords(Array.from(text));
  const positions = new Map<string, number[]>();
  words.forEach((word, i) => positions.set(word, [...(positions.get(word) ?? []), i]));
  return positions;
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
  const counted = (pair: string) => pair === pairWord('发', '展');
  assert.deepEqual(queryParts(Array.from('发展'), counted), [{ word: pairCountWord(pairWord('发', '展')), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('展发'), counted), [{ word: pairWord('展', '发'), at: 0 }]);
  assert.deepEqual(queryParts(Array.from('发展中'), counted).map((p) => p.word), [pairWord('发', '展'), pairWord('展', '中')]);
});
