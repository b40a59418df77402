import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charCode, countFromPositions, countWord, formatWordWeights, isCountWord, isTripleWord, keptLocations, mayShareAPosition, pairCountWord, pairWeights, pairWord, parseWordWeights, recordWords, tripleWord } from './words.ts';

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
  // A pair's count word starts with zz, which no character's count word does (no code starts with z), and a triple with zzz, which no pair's count word does.
  assert.equal(pairCountWord(pair), `zz${pair}`);
  const triple = tripleWord('发', '展', '中');
  assert.match(triple, /^zzz[0-9a-z]{9}$/);
  assert.ok(isTripleWord(triple) && !isCountWord(triple) && isCountWord(pairCountWord(pair)) && !isTripleWord(pairCountWord(pair)));
  for (const [a, b] of [[pair, triple], [countWord('发'), triple], [pairCountWord(pair), triple], [countWord('发'), pairCountWord(pair)]]) assert.ok(!b.startsWith(a) && !a.startsWith(b), `${a} ${b}`);
});

test('a record is the pair at each offset and a filler, then each character\'s count word twice, as far apart as it occurs', () => {
  const words = recordWords(Array.from('发展发发'));
  const c = countWord('发');
  const d = countWord('展');
  assert.deepEqual(words, [pairWord('发', '展'), '-', pairWord('展', '发'), '-', pairWord('发', '发'), '-', pairWord('发'), '-', c, '-', '-', c, d, d]);
});

test('a tripled pair\'s record holds, after the pair at each offset, the triple there if it begins or ends with a tripled pair', () => {
  const tripled = new Set([pairWord('展', '发')]);
  const words = recordWords(Array.from('发展发发'), tripled);
  // The triples at offsets 0 (发展发 ends with 展发) and 1 (展发发 begins with it); none where fewer than three characters are left.
  assert.deepEqual(words.slice(0, 8), [pairWord('发', '展'), tripleWord('发', '展', '发'), pairWord('展', '发'), tripleWord('展', '发', '发'), pairWord('发', '发'), '-', pairWord('发'), '-']);
  assert.ok(mayShareAPosition(pairWord('发', '展'), tripleWord('发', '展', '发')) && mayShareAPosition(tripleWord('发', '展', '发'), pairWord('发', '展')));
  assert.ok(!mayShareAPosition(pairWord('展', '发'), tripleWord('发', '展', '发')) && !mayShareAPosition(pairWord('发', '展'), pairWord('展', '发')));
});

test('a pair weighs one per occurrence and one per record, as the merge weighs words', () => {
  assert.deepEqual(pairWeights(Array.from('发展发展')), new Map([[pairWord('发', '展'), 3], [pairWord('展', '发'), 2], [pairWord('展'), 2]]));
});

test('the index keeps a count word\'s count as its one position, and no weight markers', () => {
  // As Pagefind writes a record's locations: a weight marker, then deltas.
  assert.deepEqual(keptLocations(countWord('发'), [-25, 4, 3]), [3]);
  // A pair's and a triple's positions, 2i and 2i + 1 in the record, become their offset i.
  assert.deepEqual(keptLocations(pairWord('发', '展'), [-25, 0, 4, 10]), [0, 2, 5]);
  assert.deepEqual(keptLocations(tripleWord('发', '展', '发'), [-25, 1, 4, 10]), [0, 2, 5]);
  assert.equal(countFromPositions([3]), 3);
  assert.equal(countFromPositions([]), 0);
});

test('the heaviest words\' weights and the tripled pairs read back as written', () => {
  const weights: [string, number][] = [[pairWord('发', '展'), 91_204], [countWord('的'), 9_000], [pairWord('建', '设'), 8_100]];
  const tripled = new Set([pairWord('发', '展')]);
  assert.deepEqual(parseWordWeights(formatWordWeights(weights, tripled)), { weights: new Map(weights), tripled });
  assert.deepEqual(parseWordWeights(''), { weights: new Map(), tripled: new Set() });
});
