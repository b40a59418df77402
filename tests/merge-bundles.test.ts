/**
 * Shards merged into one bundle hold what one Pagefind indexer would have written for all the
 * reports at once: every word with the same pages and the positions the site keeps of them, the
 * same filters, the same order.
 * Both are made by the real indexer from the built report pages.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'cborg';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { chunkBounds, compareStrings, joinEntries, packEntry, pairCountEntry, SHARD_WORDS_DIR, shardWordFiles, unpackEntry, unpackPagefindFile, writeShardWords, type WordEntry } from '../src/integrations/merge-bundles.ts';
import { nonOverlapping } from '../src/lib/search/found.ts';
import { isCountWord, isTripleWord, pairCountWord, pairWord, parseWordWeights, WORD_WEIGHTS_FILE } from '../src/lib/search/words.ts';
import * as pagefind from 'pagefind';
import { searchDataOf } from '../src/lib/search/records.ts';
import { scratchDir } from './scratch.ts';
import { dist, reportIds, root } from './site.ts';

const shardScript = path.join(root, 'src/integrations/search-shard.ts');

test('page numbers of later shards move up by the pages before them, and stay deltas', () => {
  const joined = joinEntries([
    { entries: [[1, [3], []], [2, [4, 2], []]], offset: 0 },
    { entries: [[0, [2], []], [3, [5], []]], offset: 5 },
  ]);
  assert.deepEqual(joined.map(([delta]) => delta), [1, 2, 2, 3]);
  assert.deepEqual(joined.map(([, locations]) => locations), [[3], [4, 2], [2], [5]]);
});

test('a heavy pair\'s count word holds, for each record, how often the pair is there, as Ctrl+F counts', () => {
  const counts = pairCountEntry([pairWord('发', '展'), [[1, [7, 3, 20], []], [2, [4], []]], []]);
  assert.deepEqual(counts, [pairCountWord(pairWord('发', '展')), [[1, [3], []], [2, [1], []]], []]);
  // 发发 at 0, 1, 2 and 5 (发发发 and a 发发): twice in the first three.
  assert.deepEqual(pairCountEntry([pairWord('发', '发'), [[0, [0, 1, 1, 3], []]], []])[1], [[0, [3], []]]);
  // Held packed until written, and unpacked as they were.
  assert.deepEqual(unpackEntry(packEntry(counts)), counts);
});

test('a shard\'s words read back in order from their chunks, and a shard without them is an error', () => {
  const dir = path.join(scratch, 'words');
  // 120 words of 2,000 locations each: dozens of chunks, so the 10th sorts after the 9th.
  const words = Array.from({ length: 120 }, (_, i): WordEntry => [`z${String(i).padStart(3, '0')}`, [[i % 3, Array<number>(1999).fill(1), []]], []]);
  writeShardWords(dir, words);
  const files = shardWordFiles(dir);
  assert.ok(files.length >= 12, `${files.length} chunks`);
  assert.deepEqual(files.flatMap((file) => (decode(unpackPagefindFile(path.join(dir, file))) as [WordEntry[]])[0]), words);
  assert.throws(() => shardWordFiles(path.join(scratch, 'no-such-shard')), /has no words/);
});

test('neighbouring chunks are bounded by their shortest distinguishing prefixes', () => {
  assert.deepEqual(chunkBounds('0189d4', '0189d6'), ['0189d4', '0189d6']);
  assert.deepEqual(chunkBounds('011018', '0119b0'), ['0110', '0119']);
  assert.deepEqual(chunkBounds('9z', 'a1'), ['9', 'a']);
});

test('strings compare by code point, as Pagefind sorts them', () => {
  assert.ok(compareStrings('\uffff', '𠀀') < 0);
  assert.ok(compareStrings('广东省', '广西壮族自治区') < 0);
  assert.equal(compareStrings('a', 'a'), 0);
});

/**
 * A bundle as what a reader's search sees: each word's positions by report url (a shard's: the
 * words it writes, not Pagefind's), each filter value's urls, the urls in each sort's order.
 */
function readBundle(dir: string) {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  const { hash } = Object.values(entry.languages)[0] as { hash: string };
  const read = (file: string) => decode(unpackPagefindFile(path.join(dir, file))) as any;
  const [, pages, chunks, filters, sorts] = read(`pagefind.${hash}.pf_meta`);
  const urls: string[] = pages.map(([fragment]: [string]) => JSON.parse(unpackPagefindFile(path.join(dir, 'fragment', `${fragment}.pf_fragment`)).toString()).url);
  const words = new Map<string, Record<string, number[]>>();
  const bounds: [string, string][] = chunks.map(([from, to]: [string, string]) => [from, to]);
  const files = existsSync(path.join(dir, SHARD_WORDS_DIR)) ? shardWordFiles(dir) : chunks.map(([, , chunk]: [string, string, string]) => `index/${chunk}.pf_index`);
  for (const file of files) {
    for (const [word, entries] of read(file)[0]) {
      const byUrl: Record<string, number[]> = {};
      let page = 0;
      for (const [delta, locations] of entries) byUrl[urls[(page += delta)]] = locations;
      words.set(word, byUrl);
    }
  }
  const filterUrls = Object.fromEntries(
    filters.map(([name, file]: [string, string]) => [name, Object.fromEntries(read(`filter/${file}.pf_filter`)[1].map(([value, valuePages]: [string, number[]]) => [value, valuePages.map((p) => urls[p]).sort()]))]),
  );
  return { pageCount: entry.languages[Object.keys(entry.languages)[0]].page_count, words, bounds, filters: filterUrls, sorts: sorts.map(([name, order]: [string, number[]]) => [name, order.map((p) => urls[p])]) };
}

const scratch = scratchDir('merge-bundles-');
before(() => {
  cpSync(path.join(dist, 'reports'), path.join(scratch, 'site/reports'), { recursive: true });
});

test('three shards merged hold what one shard writes for all the reports', async () => {
  const site = path.join(scratch, 'site');
  // The site's index of the reports in shards of two, merged into small chunks, the commonest pairs tripled.
  const built = await buildSearchIndex({ siteDir: site, shardScript, shardReports: 2, chunkPositions: 100, tripledAbove: 150 });
  assert.equal(built.shards, Math.ceil(reportIds.length / 2));
  const { weights, tripled } = parseWordWeights(readFileSync(path.join(site, 'pagefind', WORD_WEIGHTS_FILE), 'utf8'));
  assert.equal(built.tripled, tripled.size);
  assert.ok(tripled.size >= 2 && tripled.has(pairWord('发', '展')), `${tripled.size} tripled pairs`);
  // One shard of all the reports, given the same tripled pairs.
  const whole = path.join(scratch, 'whole');
  writeFileSync(path.join(scratch, 'job.json'), JSON.stringify({ siteDir: site, outputPath: whole, ids: readdirSync(path.join(site, 'reports')).sort(), tripled: [...tripled] }));
  const run = spawnSync(process.execPath, [shardScript, path.join(scratch, 'job.json')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);

  const expected = readBundle(whole);
  const merged = readBundle(path.join(site, 'pagefind'));
  assert.equal(merged.pageCount, reportIds.length);
  // The same words but the tripled pairs, and a count word for each heavy or tripled pair: in each report, the pair's count.
  const countedPairs = [...weights.keys()].filter((word) => !isCountWord(word) && !isTripleWord(word));
  assert.ok(countedPairs.length >= 5, `${countedPairs.length} heavy pairs`);
  assert.ok([...tripled].every((pair) => countedPairs.includes(pair)));
  assert.ok([...expected.words.keys()].some(isTripleWord), 'the records hold triples');
  assert.equal(merged.words.size, expected.words.size - tripled.size + countedPairs.length, 'the same words less the tripled pairs, and the pairs\' count words');
  for (const [word, byUrl] of expected.words) {
    if (tripled.has(word)) {
      assert.equal(merged.words.get(word), undefined, `the tripled pair ${word}`);
      continue;
    }
    assert.deepEqual(merged.words.get(word), byUrl, `the word ${word}`);
  }
  for (const pair of countedPairs) {
    const counts = Object.fromEntries(Object.entries(expected.words.get(pair)!).map(([url, locations]) => {
      let position = 0;
      return [url, [nonOverlapping(locations.map((delta) => (position += delta)), 2)]];
    }));
    assert.deepEqual(merged.words.get(pairCountWord(pair)), counts, `the count word of ${pair}`);
  }
  assert.deepEqual(merged.filters, expected.filters);
  assert.deepEqual(merged.sorts, expected.sorts);
  // Every word falls in the one chunk whose bounds hold it, as the browser looks it up.
  assert.ok(merged.bounds.length > 10, `${merged.bounds.length} chunks`);
  for (const word of merged.words.keys()) {
    const holding = merged.bounds.filter(([from, to]) => compareStrings(word.slice(0, from.length), from) >= 0 && compareStrings(word.slice(0, to.length), to) <= 0);
    assert.equal(holding.length, 1, `${word} is in ${holding.length} chunks' bounds`);
  }
});

test('a shard writes its records\' pairs as Pagefind\'s indexer writes them, given the pairs in order', async () => {
  const site = path.join(scratch, 'site');
  const ids = readdirSync(path.join(site, 'reports')).sort();
  const shard = path.join(scratch, 'one-shard');
  writeFileSync(path.join(scratch, 'one-shard.json'), JSON.stringify({ siteDir: site, outputPath: shard, ids, tripled: [] }));
  const run = spawnSync(process.execPath, [shardScript, path.join(scratch, 'one-shard.json')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // Pagefind's indexer, given each record's pairs as its words, in their order.
  const { index } = await pagefind.createIndex({});
  for (const id of ids) {
    const { record, words } = searchDataOf(readFileSync(path.join(site, 'reports', id, 'index.html'), 'utf8'), `/reports/${id}/`);
    const pairs: string[] = [];
    for (const [word, positions] of words) if (!isCountWord(word)) for (const position of positions) pairs[position] = word;
    assert.ok(pairs.length > 1000 && !pairs.includes(undefined as unknown as string), id);
    const added = await index!.addCustomRecord({ ...record, content: pairs.join(' ') });
    assert.deepEqual(added.errors, []);
  }
  const pagefindDir = path.join(scratch, 'pagefind-indexer');
  await index!.writeFiles({ outputPath: pagefindDir });
  await pagefind.close();
  const written = readBundle(shard).words;
  const indexed = readBundle(pagefindDir).words;
  const pairWords = [...written.keys()].filter((word) => !isCountWord(word));
  assert.ok(pairWords.length > 5000, `${pairWords.length} pairs`);
  for (const word of pairWords) {
    // Pagefind puts a weight marker before the positions; the site's words have none.
    const byUrl = Object.fromEntries(Object.entries(indexed.get(word) ?? {}).map(([url, locations]) => [url, locations.filter((location) => location >= 0)]));
    assert.deepEqual(written.get(word), byUrl, `the pair ${word}`);
  }
});
