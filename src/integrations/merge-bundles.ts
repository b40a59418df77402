/**
 * Merges Pagefind bundles indexed separately (the shards of search-index.ts) into one bundle, as
 * if one indexer had indexed every report. Written here because Pagefind has no such step: its
 * browser-side mergeIndex makes every word of a query cost one index chunk per shard. Shards keep
 * the memory of indexing bounded (a shard's words are held until they are written; Pagefind's
 * indexer, when it indexed the words, held about 8 MB per report) and run in parallel.
 *
 * The merge reads and writes Pagefind's own files (CBOR, gzip behind a signature), for the
 * Pagefind version in package.json; `PAGEFIND_VERSION` stops a build when that changes, since the
 * layout below is Pagefind's, not a documented interface:
 * - metadata: [version, pages: [fragment hash, word count, ""][], chunks: [from, to, hash][],
 *   filters: [name, hash][], sorts: [name, page numbers in order][], meta fields: string[]]
 * - index chunk: [words: [word, entries: [page delta, locations, meta locations][], variants][]]
 *   sorted by word; page numbers are deltas from the previous entry's (the first from 0); locations
 *   are a weight marker (negative; the site's words have none, as every one weighs the same) and
 *   then positions, each a delta from the one before.
 * - filter: [name, values: [value, page numbers][]] sorted by value
 * Fragments (one per report) are copied as they are, named after their reports. The words are
 * not Pagefind's: each shard writes its records' words itself (SHARD_WORDS_DIR). The merge adds
 * a count word for each heavy or tripled pair (pairCountWord in words.ts), leaves out the tripled
 * pairs' own words (their triples stand for them), and beside Pagefind's files the bundle lists
 * its heaviest words and its tripled pairs (WORD_WEIGHTS_FILE).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { resultName } from '../lib/search/text-chunks.ts';
import { nonOverlapping } from '../lib/search/found.ts';
import { formatWordWeights, isCountWord, isTripleWord, pairCountWord, WORD_WEIGHTS_FILE } from '../lib/search/words.ts';

/** The Pagefind version whose file layout this module reads and writes. */
const PAGEFIND_VERSION = '1.6.0';

/** Before the CBOR of every compressed file: Pagefind checks it after decompressing. */
const SIGNATURE = 'pagefind_dcd';

type PageEntry = [pageDelta: number, locations: number[], metaLocations: number[]];
export type WordEntry = [word: string, entries: PageEntry[], variants: unknown[]];
type Meta = [version: string, pages: [string, number, string][], chunks: [string, string, string][], filters: [string, string][], sorts: [string, number[]][], fields: string[]];
type Filter = [name: string, values: [string, number[]][]];

/** Pagefind's script and engine; its ready-made UIs (about 480 KB) are left out, as the search page uses its API. */
const ENGINE = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/;

export interface Shard {
  /** The shard's Pagefind bundle. */
  dir: string;
  /** Each sort's value for each of the shard's pages, by page number. */
  sortValues: Record<string, string[]>;
}

/** The content of one of Pagefind's compressed files (CBOR, or JSON for fragments). */
export function unpackPagefindFile(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}

/** A file as Pagefind compresses them; `level` below 9 for files only the build reads. */
export function packPagefindFile(content: Uint8Array | string, level = 9): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(content)]), { level });
}

const readPagefindFile = (file: string): unknown => decode(unpackPagefindFile(file));
const pagefindBytes = (value: unknown): Buffer => packPagefindFile(encode(value));

/**
 * Code point order, as Rust orders strings (JavaScript's < compares UTF-16 units). Allocates
 * nothing: the merge compares every word of the index with the other shards' next words.
 */
export function compareStrings(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    // Equal so far, so both strings step over a surrogate pair together.
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * Joins one word's entries from several shards, in shard order: page numbers move up by each
 * shard's offset.
 */
export function joinEntries(parts: { entries: PageEntry[]; offset: number }[]): PageEntry[] {
  const joined: PageEntry[] = [];
  let last = 0;
  for (const { entries, offset } of parts) {
    let page = 0;
    for (const [delta, locations, metaLocations] of entries) {
      page += delta;
      joined.push([page + offset - last, locations, metaLocations]);
      last = page + offset;
    }
  }
  return joined;
}

/** What a word adds to a chunk: one per location and one per page it is in. */
function weightOf([, entries]: WordEntry): number {
  let weight = 0;
  for (const [, locations] of entries) weight += 1 + locations.length;
  return weight;
}

/**
 * A heavy or tripled pair's count word (pairCountWord in words.ts), from the pair's merged entry:
 * in each record, one position, the pair's count as Ctrl+F counts it.
 */
export function pairCountEntry([pair, entries]: WordEntry): WordEntry {
  const counts = entries.map(([delta, deltas]): PageEntry => {
    let position = 0;
    return [delta, [nonOverlapping(deltas.map((d) => (position += d)), 2)], []];
  });
  return [pairCountWord(pair), counts, []];
}

/**
 * An entry of one position per page, packed: the merge holds the pairs' count words until it
 * writes them, after every record word, and as arrays they took ~220 MB of its heap at 3,000
 * reports (500 heavy pairs); packed, ~12 MB.
 */
type PackedEntry = [word: string, pageDeltas: Uint32Array, positions: Uint32Array];

export const packEntry = ([word, entries]: WordEntry): PackedEntry => [word, Uint32Array.from(entries, ([delta]) => delta), Uint32Array.from(entries, ([, [position]]) => position)];

export const unpackEntry = ([word, pageDeltas, positions]: PackedEntry): WordEntry => [word, Array.from(pageDeltas, (delta, i): PageEntry => [delta, [positions[i]], []]), []];

/** The shortest prefixes that still tell two neighbouring chunks apart (Pagefind's get_prefixes): the browser picks a word's chunk by them. */
export function chunkBounds(lastOfOne: string, firstOfNext: string): [string, string] {
  const a = Array.from(lastOfOne);
  const b = Array.from(firstOfNext);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

type Entry = { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }> };

const readEntry = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;

/**
 * In a shard's bundle, its records' words (recordWords in words.ts), written by the shard in
 * Pagefind's layout for an index chunk's words, without weight markers: chunks numbered in word
 * order, not one file, because the merge holds the current chunk of every shard at once: small
 * ones, as at 3,000 reports (120 shards) chunks of 20,000 positions ran it out of its heap.
 * Pagefind's own word index of a shard holds only INDEXED_WORD and words of the reports' ids,
 * which no search asks for, so the merge reads these instead.
 */
export const SHARD_WORDS_DIR = 'words';
const SHARD_CHUNK_WEIGHT = 4_000;

/** Writes a shard's words, given sorted. */
export function writeShardWords(dir: string, words: readonly WordEntry[]): void {
  mkdirSync(path.join(dir, SHARD_WORDS_DIR), { recursive: true });
  let chunk: WordEntry[] = [];
  let weight = 0;
  let written = 0;
  const close = () => {
    // Only the merge reads them, at once: compressed fast.
    writeFileSync(path.join(dir, SHARD_WORDS_DIR, `${written++}.pf_index`), packPagefindFile(encode([chunk]), 1));
    chunk = [];
    weight = 0;
  };
  for (const word of words) {
    chunk.push(word);
    weight += weightOf(word);
    if (weight >= SHARD_CHUNK_WEIGHT) close();
  }
  if (chunk.length) close();
}

/** A shard's word chunks, in order, as paths in its bundle. */
export function shardWordFiles(dir: string): string[] {
  if (!existsSync(path.join(dir, SHARD_WORDS_DIR))) throw new Error(`search index: the shard ${dir} has no ${SHARD_WORDS_DIR}/`);
  const files = readdirSync(path.join(dir, SHARD_WORDS_DIR)).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return files.map((file) => path.join(SHARD_WORDS_DIR, file));
}

/** The words of a shard in order, one chunk file read at a time. */
function* shardWords(dir: string): Generator<WordEntry> {
  for (const file of shardWordFiles(dir)) yield* (readPagefindFile(path.join(dir, file)) as [WordEntry[]])[0];
}

/**
 * Writes a file named, as Pagefind names its files, by the language and a hash of its content (so
 * hosts may cache it for ever), `length` hex digits or more if the name is taken; returns the name.
 */
function writeHashed(file: (name: string) => string, language: string, bytes: Buffer, taken: Set<string>, length = 7): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  while (taken.has(hash.slice(0, length))) length++;
  taken.add(hash.slice(0, length));
  const name = `${language}_${hash.slice(0, length)}`;
  writeFileSync(file(name), bytes);
  return name;
}

/**
 * Merges the shards' bundles, in order (shard n's pages follow shard n−1's), into `outDir`: one
 * bundle with the first shard's script and engine. An index chunk is closed once its words'
 * locations and pages reach `chunkPositions`. `tripled` holds the tripled pairs' words, whose
 * records hold their triples (recordWords in words.ts).
 */
export function mergeBundles(shards: Shard[], outDir: string, chunkPositions: number, tripled: ReadonlySet<string> = new Set()): { pages: number; chunks: number } {
  const entry = readEntry(shards[0].dir);
  if (entry.version !== PAGEFIND_VERSION) throw new Error(`search index: Pagefind ${entry.version} is installed, but merge-bundles.ts reads the files of Pagefind ${PAGEFIND_VERSION}; check its layout and update PAGEFIND_VERSION`);
  const [language] = Object.keys(entry.languages);
  const metas = shards.map(({ dir }) => {
    const { languages } = readEntry(dir);
    const names = Object.keys(languages);
    if (names.length !== 1 || names[0] !== language) throw new Error(`search index: ${dir} holds the languages ${names.join(', ')}, not only ${language}`);
    return readPagefindFile(path.join(dir, `pagefind.${languages[language].hash}.pf_meta`)) as Meta;
  });
  const offsets: number[] = [];
  metas.reduce((offset, meta) => (offsets.push(offset), offset + meta[1].length), 0);

  for (const sub of ['index', 'fragment', 'filter']) mkdirSync(path.join(outDir, sub), { recursive: true });
  // The first shard's script and engine serve the merged bundle.
  for (const file of readdirSync(shards[0].dir)) if (ENGINE.test(file)) copyFileSync(path.join(shards[0].dir, file), path.join(outDir, file));

  // Fragments are named by their report and their own name (a hash of their content): a result's
  // id is its fragment's name, so the search page knows a result's report, and fetches its text
  // chunk (which holds all a result shows), without the fragment. Report ids are unique, so the
  // names cannot collide.
  const pages: Meta[1] = [];
  shards.forEach(({ dir }, n) => {
    for (const [hash, wordCount, extra] of metas[n][1]) {
      const file = path.join(dir, 'fragment', `${hash}.pf_fragment`);
      const { meta } = JSON.parse(unpackPagefindFile(file).toString('utf8')) as { meta: { id: string } };
      const name = resultName(meta.id, hash);
      copyFileSync(file, path.join(outDir, 'fragment', `${name}.pf_fragment`));
      pages.push([name, wordCount, extra]);
    }
  });

  // The words: a k-way merge of the shards' sorted words, cut into chunks.
  const streams = shards.map(({ dir }) => shardWords(dir));
  const heads = streams.map((stream) => stream.next());
  const chunks: Meta[2] = [];
  const chunkNames = new Set<string>();
  let chunk: WordEntry[] = [];
  let weight = 0;
  const heavy: [string, number][] = [];
  const pairCounts: PackedEntry[] = [];
  const closeChunk = () => {
    const name = writeHashed((name) => path.join(outDir, 'index', `${name}.pf_index`), language, pagefindBytes([chunk]), chunkNames);
    chunks.push([chunk[0][0], chunk.at(-1)![0], name]);
    chunk = [];
    weight = 0;
  };
  const addWord = (word: WordEntry, own = weightOf(word)) => {
    chunk.push(word);
    weight += own;
    if (weight >= chunkPositions) closeChunk();
  };
  // `zz` sorts after every pair and character count word and before the triples, `zzz` (words.ts): the pairs' count words go in between, in their pairs' order.
  const addPairCounts = () => pairCounts.splice(0).forEach((counts) => addWord(unpackEntry(counts)));
  for (;;) {
    let word: string | undefined;
    for (const head of heads) if (!head.done && (word === undefined || compareStrings(head.value[0], word) < 0)) word = head.value[0];
    if (word === undefined) break;
    if (isTripleWord(word)) addPairCounts();
    const parts: { entries: PageEntry[]; offset: number }[] = [];
    heads.forEach((head, n) => {
      if (head.done || head.value[0] !== word) return;
      if (head.value[2].length) throw new Error(`search index: the word ${word} has variants, which merge-bundles.ts does not merge`);
      parts.push({ entries: head.value[1], offset: offsets[n] });
      heads[n] = streams[n].next();
    });
    const merged: WordEntry = [word, joinEntries(parts), []];
    const own = weightOf(merged);
    const isPair = !isCountWord(word) && !isTripleWord(word);
    if (own >= chunkPositions || tripled.has(word)) {
      heavy.push([word, own]);
      if (isPair) pairCounts.push(packEntry(pairCountEntry(merged)));
    }
    if (!tripled.has(word)) addWord(merged, own);
  }
  addPairCounts();
  if (chunk.length) closeChunk();
  writeFileSync(path.join(outDir, WORD_WEIGHTS_FILE), formatWordWeights(heavy, tripled));
  // Neighbouring chunks are told apart by the shortest distinguishing prefixes, as Pagefind writes them.
  for (let i = 0; i + 1 < chunks.length; i++) [chunks[i][1], chunks[i + 1][0]] = chunkBounds(chunks[i][1], chunks[i + 1][0]);

  // Filters: each value's pages from every shard, renumbered.
  const filterNames = [...new Set(metas.flatMap((meta) => meta[3].map(([name]) => name)))].sort(compareStrings);
  const filterFiles = new Set<string>();
  const filters: Meta[3] = filterNames.map((name) => {
    const values = new Map<string, number[]>();
    shards.forEach(({ dir }, n) => {
      const own = metas[n][3].find(([filter]) => filter === name);
      if (!own) return;
      const [, shardValues] = readPagefindFile(path.join(dir, 'filter', `${own[1]}.pf_filter`)) as Filter;
      for (const [value, valuePages] of shardValues) values.set(value, [...(values.get(value) ?? []), ...valuePages.map((p) => p + offsets[n])]);
    });
    const filter: Filter = [name, [...values].sort(([a], [b]) => compareStrings(a, b))];
    return [name, writeHashed((name) => path.join(outDir, 'filter', `${name}.pf_filter`), language, pagefindBytes(filter), filterFiles)];
  });

  // Sorts: every page ordered by its value as text (the site's one sort is an ISO date), ties in page order.
  const sortNames = [...new Set(metas.flatMap((meta) => meta[4].map(([name]) => name)))].sort(compareStrings);
  const sorts: Meta[4] = sortNames.map((name) => {
    const keyed = shards.flatMap(({ sortValues }, n) => {
      const values = sortValues[name];
      if (!values || values.length !== metas[n][1].length) throw new Error(`search index: shard ${n} gives no ${name} for each of its ${metas[n][1].length} pages`);
      return values.map((value, page) => ({ value, page: page + offsets[n] }));
    });
    keyed.sort((a, b) => compareStrings(a.value, b.value) || a.page - b.page);
    return [name, keyed.map(({ page }) => page)];
  });

  const fields = [...new Set(metas.flatMap((meta) => meta[5]))].sort(compareStrings);
  const meta: Meta = [PAGEFIND_VERSION, pages, chunks, filters, sorts, fields];
  const metaName = writeHashed((name) => path.join(outDir, `pagefind.${name}.pf_meta`), language, pagefindBytes(meta), new Set(), 13);
  entry.languages[language] = { ...entry.languages[language], hash: metaName, page_count: pages.length };
  writeFileSync(path.join(outDir, 'pagefind-entry.json'), JSON.stringify(entry));
  return { pages: pages.length, chunks: chunks.length };
}
