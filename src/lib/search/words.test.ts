import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charCode, countFromPositions, INDEXED_WORD, countWord, formatWordWeights, isCountWord, isTripleWord, mayShareAPosition, pairCountWord, pairWeights, pairWord, parseWordWeights, recordWords, tripleWord } from './words.ts';

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

test('a record is the pair at each offset, and each character\'s count word, its one position the count', () => {
  assert.deepEqual(
    recordWords(Array.from('发展发发')),
    new Map([[pairWord('发', '展'), [0]], [pairWord('展', '发'), [1]], [pairWord('发', '发'), [2]], [pairWord('发'), [3]], [countWord('发'), [3]], [countWord('展'), [1]]]),
  );
});

test('a record of a tripled pair holds, at their offsets, the triples that begin or end with it', () => {
  const tripled = new Set([pairWord('展', '发')]);
  const words = recordWords(Array.from('发展发发展发'), tripled);
  // The tripled pair is still the record's: the merge counts it, then leaves it out.
  assert.deepEqual(words.get(pairWord('展', '发')), [1, 4]);
  // 发展发 (ending with 展发) at 0 and 3, 展发发 (beginning with it) at 1; none where fewer than three characters are left (展发 at 4).
  assert.deepEqual([...words].filter(([word]) => isTripleWord(word)), [[tripleWord('发', '展', '发'), [0, 3]], [tripleWord('展', '发', '发'), [1]]]);
  assert.ok(mayShareAPosition(pairWord('发', '展'), tripleWord('发', '展', '发')) && mayShareAPosition(tripleWord('发', '展', '发'), pairWord('发', '展')));
  assert.ok(!mayShareAPosition(pairWord('展', '发'), tripleWord('发', '展', '发')) && !mayShareAPosition(pairWord('发', '展'), pairWord('展', '发')));
});

test('what Pagefind indexes of a record is no word a search asks for, nor the beginning of one', () => {
  for (const word of [pairWord('发', '展'), countWord('发'), pairCountWord(pairWord('发', '展')), tripleWord('发', '展', '发')]) assert.ok(!INDEXED_WORD.startsWith(word) && !word.startsWith(INDEXED_WORD), word);
  assert.match(INDEXED_WORD, /^[0-9a-z]+$/);
});

test('a pair weighs one per occurrence and one per record, as the merge weighs words', () => {
  assert.deepEqual(pairWeights(Array.from('发展发展')), new Map([[pairWord('发', '展'), 3], [pairWord('展', '发'), 2], [pairWord('展'), 2]]));
});

test('a count word\'s one position is its count', () => {
  assert.equal(countFromPositions([3]), 3);
  assert.equal(countFromPositions([]), 0);
});

test('the heaviest words\' weights and the tripled pairs read back as written', () => {
  const weights: [string, number][] = [[pairWord('发', '展'), 91_204], [countWord('的'), 9_000], [pairWord('建', '设'), 8_100]];
  const tripled = new Set([pairWord('发', '展')]);
  assert.deepEqual(parseWordWeights(formatWordWeights(weights, tripled)), { weights: new Map(weights), tripled });
  assert.deepEqual(parseWordWeights(''), { weights: new Map(), tripled: new Set() });
});
