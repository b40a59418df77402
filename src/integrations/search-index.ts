/**
 * Builds the search index after `astro build`, from the built report pages (design: README, "How
 * search works"; words: src/lib/search/words.ts). The reports are indexed in shards of at most
 * SHARD_REPORTS, each in a child process of its own, INDEX_JOBS at a time, and the shards' bundles
 * are then merged into the one bundle the search page loads (pagefind/; merge-bundles.ts): a shard
 * holds its words' positions in memory until it writes them, so shards keep the build's memory
 * bounded whatever the number of reports, and the merge keeps the reader's cost that of a single
 * index. Any failure, a killed shard included, fails the build: a site is never published without
 * a working index.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRIPLED_ABOVE } from '../lib/search/words.ts';
import type { MergeJob } from './search-merge.ts';
import type { PairsJob } from './search-pairs.ts';
import type { ShardJob } from './search-shard.ts';

/**
 * Reports per shard. A shard of 25 reports of ~19,000 characters peaks at about 0.36 GB (its
 * Node process and Pagefind's indexer), beside the up to 3 GB Astro still holds at 1,000 reports
 * when indexing starts. More shards cost a little build time, not the reader's bytes, since they
 * are merged. On a machine with less memory, set SEARCH_SHARD_REPORTS or SEARCH_INDEX_JOBS lower.
 */
export const SHARD_REPORTS = Number(process.env.SEARCH_SHARD_REPORTS ?? 25);

/**
 * Shards indexed at once. A shard is one thread (and Pagefind's indexer another, briefly): on this
 * machine's 2 cores two shards of 25 at once take 4 s. Each job adds a shard's memory, so more
 * cores are not all used.
 */
export const INDEX_JOBS = Number(process.env.SEARCH_INDEX_JOBS ?? Math.min(availableParallelism(), 4));

/**
 * Reports whose pairs are counted to choose the tripled ones (words.ts), spread over the corpus:
 * counting every report took 30 s of a build of 1,000. A pair near TRIPLED_ABOVE may then fall
 * on either side of it, which changes how fast it is found, never what is found: the index and
 * the search page both go by the pairs chosen.
 */
const PAIR_SAMPLE_REPORTS = 200;

/** The reports whose pairs are counted: all of a small corpus, else `size` of them evenly spread over the (sorted) ids. */
export const pairSample = (ids: readonly string[], size = PAIR_SAMPLE_REPORTS): readonly string[] =>
  ids.length <= size ? ids : Array.from({ length: size }, (_, k) => ids[Math.floor((k * ids.length) / size)]);

/** The merge's heap: it holds a chunk per shard at a time, and the pairs' count words packed, so this bounds its memory, not its reach. */
const MERGE_HEAP_MB = 512;

/**
 * Where an index chunk is closed, in positions (a location or a page of a word). A query fetches
 * one chunk per word it looks up, and the metadata every search loads lists every chunk: smaller
 * chunks cost each word less and the metadata more. The sum is least when the number of chunks
 * grows with the square root of the index's size, so the chunk size does too: 8,000 positions
 * (~12 KB) at 765 real reports, where that was measured best (README, "What a query costs").
 * Pagefind's own indexer closes its chunks at 20,000.
 */
export const chunkPositionsFor = (reports: number) => Math.max(2000, Math.round(290 * Math.sqrt(reports)));

export interface IndexOptions {
  siteDir: string;
  shardScript: string;
  /** By default search-pairs.ts and search-merge.ts beside the shard script. */
  pairsScript?: string;
  mergeScript?: string;
  shardReports?: number;
  /** Shards indexed at once. */
  jobs?: number;
  chunkPositions?: number;
  /** The weight above which a pair is tripled (words.ts); lower only to test it on a few reports. */
  tripledAbove?: number;
  log?: (message: string) => void;
}

/** Runs one step of the index in a child process; resolves to what it printed, or rejects saying what failed and why. */
function runStep(args: string[], what: string, memoryHint: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve(stdout);
      const how = signal ? `was killed (${signal}${signal === 'SIGKILL' ? `, most likely out of memory: ${memoryHint}` : ''})` : `exited with code ${code}`;
      reject(new Error(`search index: ${what} ${how}.\n${stderr.trim()}`));
    });
  });
}

/**
 * Runs the tasks, at most `jobs` at a time, in order. After a failure it starts no more and waits
 * for those running before it rethrows the first error, so that no indexer is still writing when
 * the caller removes its scratch folder (which is why this is not Promise.all over a limiter).
 */
export async function runAtMost(jobs: number, tasks: readonly (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (!errors.length && next < tasks.length) {
      try {
        await tasks[next++]();
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, worker));
  if (errors.length) throw errors[0];
}

/**
 * Indexes every report page of a built site: first the pairs of a sample of reports are counted,
 * to choose the tripled ones, then the shards are indexed and merged. Returns the number of reports, shards,
 * index chunks and tripled pairs.
 */
export async function buildSearchIndex(options: IndexOptions) {
  const { siteDir, shardScript, shardReports = SHARD_REPORTS, jobs = INDEX_JOBS, chunkPositions, tripledAbove = TRIPLED_ABOVE, log = () => {} } = options;
  const { pairsScript = path.join(path.dirname(shardScript), 'search-pairs.ts'), mergeScript = path.join(path.dirname(shardScript), 'search-merge.ts') } = options;
  const reportsDir = path.join(siteDir, 'reports');
  const ids = existsSync(reportsDir) ? readdirSync(reportsDir).sort() : [];
  const output = path.join(siteDir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const shards: string[][] = [];
  for (let i = 0; i < Math.max(ids.length, 1); i += shardReports) shards.push(ids.slice(i, i + shardReports));
  const scratch = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  const jobFile = (name: string, job: PairsJob | ShardJob | MergeJob) => {
    const file = path.join(scratch, `${name}.json`);
    writeFileSync(file, JSON.stringify(job));
    return file;
  };
  try {
    // Which pairs are tripled is judged on a sample spread over the corpus, its weights scaled to the whole.
    const sample = pairSample(ids);
    const pairsJobs: PairsJob[] = [];
    for (let i = 0; i < sample.length; i += shardReports) pairsJobs.push({ siteDir, ids: sample.slice(i, i + shardReports), outputFile: path.join(scratch, `pairs-${pairsJobs.length}.json`) });
    await runAtMost(
      jobs,
      pairsJobs.map((job, n) => () => runStep([pairsScript, jobFile(`pairs-${n}`, job)], `the pair count of shard ${n} (${job.ids.length} reports from ${job.ids[0]})`, 'lower SEARCH_INDEX_JOBS').then(() => {})),
    );
    const weights = new Map<string, number>();
    for (const job of pairsJobs) for (const [pair, weight] of JSON.parse(readFileSync(job.outputFile, 'utf8')) as [string, number][]) weights.set(pair, (weights.get(pair) ?? 0) + weight);
    const tripled = [...weights].filter(([, weight]) => (weight * ids.length) / Math.max(1, sample.length) > tripledAbove).map(([pair]) => pair);
    weights.clear();
    const shardJobs = shards.map((shard, n): ShardJob => ({ siteDir, outputPath: path.join(scratch, `shard-${n}`), ids: shard, tripled }));
    let done = 0;
    await runAtMost(
      jobs,
      shardJobs.map((job, n) => async () => {
        await runStep([shardScript, jobFile(`shard-${n}`, job)], `shard ${n} (${job.ids.length} reports from ${job.ids[0]})`, 'lower SEARCH_SHARD_REPORTS or SEARCH_INDEX_JOBS');
        log(`search index: ${++done} of ${shardJobs.length} shards done`);
      }),
    );
    const merge: MergeJob = { shardDirs: shardJobs.map((job) => job.outputPath), outDir: output, chunkPositions: chunkPositions ?? chunkPositionsFor(ids.length), tripled };
    const merged = JSON.parse(await runStep([`--max-old-space-size=${MERGE_HEAP_MB}`, mergeScript, jobFile('merge', merge)], 'the merge of the shards', `raise MERGE_HEAP_MB in search-index.ts`)) as { chunks: number };
    return { reports: ids.length, shards: shards.length, chunks: merged.chunks, tripled: tripled.length };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export default function searchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { reports, shards, chunks, tripled } = await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          shardScript: path.join(root, 'src/integrations/search-shard.ts'),
          log: (message) => logger.info(message),
        });
        logger.info(`indexed ${reports} reports in ${shards} shard(s), ${tripled} pairs tripled, merged into ${chunks} index chunks, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
