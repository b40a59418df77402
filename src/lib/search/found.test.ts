import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foundFor, mergeFound, nonOverlapping, wordHits, type WordHits } from './found.ts';
import type { PairKinds } from './matches.ts';
import { pairWord, recordWords, tripleWord } from './words.ts';

/**
 * A tiny index: what Pagefind answers for a word (its positions per record, as the merged index
 * keeps them; a search matches word prefixes). `tripled` pairs are kept only as their triples
 * and count words.
 */
function indexOf(texts: Record<string, string>, tripled: ReadonlySet<string> = new Set()) {
  const records = Object.entries(texts).map(([id, text]) => ({ id, words: [...recordWords(Array.from(text), tripled)] }));
  const hits = (word: string): WordHits => (word.startsWith('zz') && !word.startsWith('zzz') ? pairCounts(word.slice(2)) : tripled.has(word) ? new Map() : positions(word));
  // A heavy or tripled pair's count word, as the merge adds it: in each record, the pair's count (Ctrl+F's).
  const pairCounts = (pair: string): WordHits => new Map([...positions(pair)].map(([id, at]) => [id, [nonOverlapping(at, 2)]]));
  const positions = (word: string): WordHits =>
    new Map(
      records
        .map(({ id, words }) => [id, words.flatMap(([w, at]) => (w.startsWith(word) ? at : [])).sort((a, b) => a - b)] as const)
        .filter(([, positions]) => positions.length),
    );
  /** Pagefind's answer for several words: the records holding all of them, with all their positions merged. */
  const search = async (words: readonly string[]): Promise<WordHits> => {
    const each = words.map(hits);
    return new Map(
      [...each[0].keys()].filter((id) => each.every((h) => h.has(id))).map((id) => [id, each.flatMap((h) => h.get(id)!).sort((a, b) => a - b)] as const),
    );
  };
  return { hits, search };
}

const index = indexOf({
  a: '推进高质量发展，突破。推进人才发展。',
  b: '高质量发展高质量发展',
  c: '质量发展推进人口',
});

test('the reports holding a query, with how often and where first', () => {
  assert.deepEqual(foundFor('高质量发展', index.hits), [
    { id: 'a', count: 1, first: { variant: '高质量发展', offset: 2 } },
    { id: 'b', count: 2, first: { variant: '高质量发展', offset: 0 } },
  ]);
  assert.deepEqual(foundFor('推进人', index.hits).map((f) => [f.id, f.count]), [['a', 1], ['c', 1]]);
  assert.deepEqual(foundFor('突破。推进人口', index.hits), []);
});

test('a single character is counted from its count words', () => {
  assert.deepEqual(foundFor('发', index.hits).map((f) => [f.id, f.count, f.first.offset]), [['a', 2, null], ['b', 2, null], ['c', 1, null]]);
  assert.deepEqual(foundFor('无', index.hits), []);
});

test('a heavy pair is counted from its count word, and its first place is left to the text', () => {
  const counted: PairKinds = { counted: (pair) => pair === pairWord('发', '展'), tripled: () => false };
  assert.deepEqual(
    foundFor('发展', index.hits, counted),
    foundFor('发展', index.hits).map((found) => ({ ...found, first: { variant: '发展', offset: null } })),
  );
  assert.deepEqual(foundFor('发展', index.hits, counted).map((f) => [f.id, f.count]), [['a', 2], ['b', 2], ['c', 1]]);
  const overlapping = indexOf({ d: '发发发发发' });
  assert.deepEqual(foundFor('发发', overlapping.hits, { counted: (pair) => pair === pairWord('发', '发'), tripled: () => false }).map((f) => f.count), [2]);
});

test('forms of a query add up; most occurrences first, ties in the index order', () => {
  const merged = mergeFound(
    [foundFor('发展', index.hits), foundFor('推进', index.hits)],
    (id) => ['c', 'b', 'a'].indexOf(id),
  );
  assert.deepEqual(merged.map((f) => [f.id, f.count]), [['a', 4], ['c', 2], ['b', 2]]);
});

test('occurrences are counted as Ctrl+F counts them, without overlaps', () => {
  const overlapping = indexOf({ d: '发发发发发' });
  assert.deepEqual(foundFor('发发', overlapping.hits).map((f) => f.count), [2]);
  assert.deepEqual(foundFor('发发发', overlapping.hits).map((f) => f.count), [1]);
  assert.equal(nonOverlapping([0, 1, 2, 5], 2), 3);
});

test('with two heavier words asked with it, the lightest is not asked alone: its positions are what their two answers share', async () => {
  const parts = ['高质', '量发', '发展'].map((pair) => pairWord(pair[0], pair[1]));
  const asked: string[][] = [];
  const weights = new Map([[parts[1], 5], [parts[2], 9]]);
  const hits = await wordHits(parts, (word) => weights.get(word) ?? 0, (words) => (asked.push([...words]), index.search(words)));
  assert.deepEqual(asked, [[parts[0], parts[1]], [parts[0], parts[2]]]);
  // Each word's own positions, in the records that hold all three (c lacks 高质).
  for (const word of parts) {
    assert.deepEqual([...hits.get(word)!.keys()].sort(), ['a', 'b'], word);
    for (const [id, positions] of hits.get(word)!) assert.deepEqual(positions, index.hits(word).get(id), `${word} in ${id}`);
  }
  // And so the same reports, counts and places as from every word's whole answer.
  assert.deepEqual(foundFor('高质量发展', (word) => hits.get(word) ?? new Map()), foundFor('高质量发展', index.hits));
});

test('words about as heavy as the lightest are asked alone, and so is the lightest unless two words are asked with it', async () => {
  const parts = ['高质', '量发', '发展'].map((pair) => pairWord(pair[0], pair[1]));
  for (const [weights, expected] of [
    [[8, 9, 30], [[parts[0]], [parts[1]], [parts[0], parts[2]]]],
    [[8, 9, 10], [[parts[0]], [parts[1]], [parts[2]]]],
  ] as const) {
    const asked: string[][] = [];
    const hits = await wordHits(parts, (word) => weights[parts.indexOf(word)], (words) => (asked.push([...words]), index.search(words)));
    assert.deepEqual(asked, expected);
    assert.deepEqual(hits.get(parts[1]), index.hits(parts[1]));
    assert.deepEqual(foundFor('高质量发展', (word) => hits.get(word) ?? new Map()), foundFor('高质量发展', index.hits));
  }
  const query = ['推进', '进人'].map((pair) => pairWord(pair[0], pair[1]));
  const asked: string[][] = [];
  const hits = await wordHits(query, (word) => (word === query[0] ? 8 : 30), (words) => (asked.push([...words]), index.search(words)));
  assert.deepEqual(asked, [[query[0]], [query[0], query[1]]]);
  assert.deepEqual(foundFor('推进人', (word) => hits.get(word) ?? new Map()), foundFor('推进人', index.hits));
});

test('with its commonest pairs tripled, the index gives the same reports, counts and places', async () => {
  const texts = { a: '推进高质量发展，突破。推进人才发展。', b: '高质量发展高质量发展', c: '质量发展推进人口', d: '发展发展发展' };
  const tripled = new Set(['发展', '推进'].map((pair) => pairWord(pair[0], pair[1])));
  const kinds: PairKinds = { counted: (pair) => tripled.has(pair), tripled: (pair) => tripled.has(pair) };
  const plain = indexOf(texts);
  const triples = indexOf(texts, tripled);
  for (const query of ['高质量发展', '发展', '推进人', '量发展', '发展发', '展发展', '发展发展', '突破。推进人口', '质量发展推进']) {
    assert.deepEqual(foundFor(query, triples.hits, kinds).map((f) => [f.id, f.count]), foundFor(query, plain.hits).map((f) => [f.id, f.count]), query);
  }
  assert.deepEqual(foundFor('发展发', triples.hits, kinds), foundFor('发展发', plain.hits));
});

test('a triple is not asked together with the pair it begins with, which stands at the same positions', async () => {
  const texts = { a: '量发量发展', b: '量发展', c: '量发' };
  const tripled = new Set([pairWord('发', '展')]);
  const kinds: PairKinds = { counted: (pair) => tripled.has(pair), tripled: (pair) => tripled.has(pair) };
  const index = indexOf(texts, tripled);
  const triple = tripleWord('量', '发', '展');
  const pair = pairWord('量', '发');
  const asked: string[][] = [];
  // 量发 is the lightest by weight, the triple far heavier: asked with it, the triple's positions would be lost where 量发 stands too.
  const weights = new Map([[triple, 100]]);
  const hits = await wordHits([pair, triple], (word) => weights.get(word) ?? 0, (words) => (asked.push([...words]), index.search(words)));
  assert.deepEqual(asked, [[pair], [triple]]);
  assert.deepEqual(foundFor('量发量发展', (word) => hits.get(word) ?? new Map(), kinds).map((f) => [f.id, f.count]), [['a', 1]]);
});

test('two words that may share a position do not tell the lightest one\'s positions between them', async () => {
  const texts = { a: '量发展量发', b: '进量发展', c: '量发' };
  const tripled = new Set([pairWord('发', '展')]);
  const index = indexOf(texts, tripled);
  const light = pairWord('进', '量');
  const pair = pairWord('量', '发');
  const triple = tripleWord('量', '发', '展');
  const asked: string[][] = [];
  const weights = new Map([[light, 1], [pair, 10], [triple, 100]]);
  const hits = await wordHits([light, pair, triple], (word) => weights.get(word)!, (words) => (asked.push([...words]), index.search(words)));
  // Asked together, 量发 and 量发展 would both stand at 1 in b, so that position would pass for 进量's.
  assert.deepEqual(asked, [[light], [light, pair], [light, triple]]);
  for (const word of [light, pair, triple]) for (const [id, positions] of hits.get(word)!) assert.deepEqual(positions, index.hits(word).get(id), `${word} in ${id}`);
});
