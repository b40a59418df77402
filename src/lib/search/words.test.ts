import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charCode, countFromPositions, countWord, formatWordWeights, keptLocations, pairCountWord, pairWord, parseWordWeights, recordWords } from './words.ts';

test('every character of the ranges reports use has a code of its own, three base-36 digits not starting with z', () => {
  const seen = new Map<string, number>();
  const ranges = [[0x20, 0x2ff], [0x2000, 0x2bff], [0x3000, 0x9fff], [0xff00, 0xffef]];
  for (const [from, to] of ranges) {
    for (let point = from; point <= to; point++) {
      const code = charCode(String.fromCodePoint(point));
      assert.match(code, /^[0-9a-y][0-9a-z]{2}$/);
      assert.equal(seen.get(code), undefined, `U+${point.toString(16)} shares ${code} with U+${seen.get(code)?.toString(16)}`);
      seen.set(code, point);
    }
  }
});

test('no word is a prefix of a word of another kind, as Pagefind matches prefixes', () => {
  const pair = pairWord('发', '展');
  assert.equal(pair.length, 6);
  assert.equal(countWord('发').length, 4);
  assert.ok(!pair.startsWith('z') && countWord('发').startsWith('z'));
  // A pair's count word starts with zz, which no character's count word does (no code starts with z).
  assert.equal(pairCountWord(pair), `zz${pair}`);
});

test('a record is the pair at each offset, then each character\'s count word twice, as far apart as it occurs', () => {
  const words = recordWords(Array.from('发展发发'));
  const c = countWord('发');
  const d = countWord('展');
  assert.deepEqual(words, [pairWord('发', '展'), pairWord('展', '发'), pairWord('发', '发'), pairWord('发'), c, '-', '-', c, d, d]);
});

test('the index keeps a count word\'s count as its one position, and no weight markers', () => {
  // As Pagefind writes a record's locations: a weight marker, then deltas.
  assert.deepEqual(keptLocations(countWord('发'), [-25, 4, 3]), [3]);
  assert.deepEqual(keptLocations(pairWord('发', '展'), [-25, 0, 2, 5]), [0, 2, 5]);
  assert.equal(countFromPositions([3]), 3);
  assert.equal(countFromPositions([]), 0);
});

test('the heaviest words\' weights read back as written', () => {
  const weights: [string, number][] = [[pairWord('发', '展'), 91_204], [countWord('的'), 9_000]];
  assert.deepEqual(parseWordWeights(formatWordWeights(weights)), new Map(weights));
  assert.deepEqual(parseWordWeights(''), new Map());
});
