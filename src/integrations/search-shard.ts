/**
 * Indexes one shard of the report pages into a Pagefind bundle of its own, which search-index.ts
 * then merges with the others (merge-bundles.ts). Run by search-index.ts in a child process, so
 * that the shard's memory is returned after it and a killed process is an exit code the build
 * sees. Usage: node search-shard.ts <job.json>; see ShardJob. Pagefind's indexer writes the
 * records' fragments, filters and sorts; the records' words (words.ts) are written by this script,
 * in Pagefind's layout, as SHARD_WORDS_DIR. Besides them the bundle holds sort-values.json, each
 * sort's value for each page, by page number, for the merge.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { searchDataOf } from '../lib/search/records.ts';
import { DICTIONARY_FILE } from '../lib/search/text-chunks.ts';
import { packDictionary, packTextChunk, textDictionary } from '../lib/search/text-packing.ts';
import { compareStrings, packPagefindFile, unpackPagefindFile, writeShardWords, type WordEntry } from './merge-bundles.ts';

export interface ShardJob {
  /** The built site; the text chunks go to its pagefind/text/. */
  siteDir: string;
  /** Where this shard's Pagefind bundle goes. */
  outputPath: string;
  /** The report ids (folders under reports/) of this shard. */
  ids: string[];
  /** The tripled pairs' words (words.ts), the same for every shard. */
  tripled: string[];
}

/**
 * Empties a fragment's content and filters and returns its url: the search page shows text from
 * the text chunks, and filters by the filter files. Only the url and the report's id stay (meta).
 */
function slimFragment(file: string): string {
  const fragment = JSON.parse(unpackPagefindFile(file).toString('utf8')) as { url: string; content: string; filters: unknown };
  fragment.content = '';
  fragment.filters = {};
  writeFileSync(file, packPagefindFile(JSON.stringify(fragment)));
  return fragment.url;
}

async function indexShard(job: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const sorts = new Map<string, Record<string, string>>();
  const recordWords = new Map<string, Map<string, number[]>>();
  const dictionary = textDictionary();
  const tripled = new Set(job.tripled);
  // Every shard writes the same dictionary file, the same bytes, so none depends on another having run, and shards running at once write alike.
  mkdirSync(path.join(job.siteDir, 'pagefind', 'text'), { recursive: true });
  writeFileSync(path.join(job.siteDir, 'pagefind', DICTIONARY_FILE), packDictionary(dictionary));
  for (const id of job.ids) {
    const html = readFileSync(path.join(job.siteDir, 'reports', id, 'index.html'), 'utf8');
    // Record urls are site paths, as Pagefind's own API would put its base in front; the search page itself links a result by its report id (src/scripts/search-page.ts).
    const { record, words, chunks } = searchDataOf(html, `/reports/${id}/`, tripled);
    const response = await index.addCustomRecord(record);
    if (response.errors.length) throw new Error(`Pagefind, reports/${id}: ${response.errors.join('; ')}`);
    sorts.set(record.url, record.sort);
    recordWords.set(record.url, words);
    const textDir = path.join(job.siteDir, 'pagefind', 'text', id);
    mkdirSync(textDir, { recursive: true });
    // Stored compressed (text-packing.ts) under an extension of their own, like Pagefind's files, so no host marks them Content-Encoding; the search page inflates them.
    chunks.forEach((chunk, i) => writeFileSync(path.join(textDir, `${i}.pf_text`), packTextChunk(chunk, dictionary)));
  }
  const written = await index.writeFiles({ outputPath: job.outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The pages in Pagefind's order (its metadata's second field lists their fragments), with their sort values and words.
  const entry = JSON.parse(readFileSync(path.join(job.outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const urls: string[] = Object.values(entry.languages).flatMap(({ hash }) => {
    const [, pages] = decode(unpackPagefindFile(path.join(job.outputPath, `pagefind.${hash}.pf_meta`))) as [string, [string][]];
    return pages.map(([fragment]) => slimFragment(path.join(job.outputPath, 'fragment', `${fragment}.pf_fragment`)));
  });
  const values = urls.map((url) => sorts.get(url)!);
  const sortValues = Object.fromEntries(Object.keys(values[0] ?? {}).map((name) => [name, values.map((page) => page[name])]));
  writeFileSync(path.join(job.outputPath, 'sort-values.json'), JSON.stringify(sortValues));
  writeShardWords(job.outputPath, wordEntries(urls.map((url) => recordWords.get(url)!)));
}

/** The words of the pages, given in page order, as Pagefind writes an index chunk's words: sorted, with page deltas and position deltas. */
function wordEntries(pages: Map<string, number[]>[]): WordEntry[] {
  const byWord = new Map<string, { entries: WordEntry[1]; last: number }>();
  pages.forEach((words, page) => {
    for (const [word, positions] of words) {
      const entry = byWord.get(word) ?? byWord.set(word, { entries: [], last: 0 }).get(word)!;
      entry.entries.push([page - entry.last, positions.map((p, k) => p - (positions[k - 1] ?? 0)), []]);
      entry.last = page;
    }
  });
  return [...byWord].sort(([a], [b]) => compareStrings(a, b)).map(([word, { entries }]): WordEntry => [word, entries, []]);
}

await indexShard(JSON.parse(readFileSync(process.argv[2], 'utf8')) as ShardJob);
