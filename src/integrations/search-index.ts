/**
 * Builds the search index after `astro build`, from the built report pages (design: README, "How
 * search works"; words: src/lib/search/words.ts). The reports are indexed in shards of at most
 * SHARD_REPORTS, each in a child process of its own, INDEX_JOBS at a time, and the shards' bundles
 * are then merged into the one bundle the search page loads (pagefind/; merge-bundles.ts):
 * Pagefind's indexer holds every word position of its index in memory until it writes, so shards
 * keep the build's memory bounded whatever the number of reports, and the merge keeps the reader's
 * cost that of a single index. Any failure, a killed indexer included, fails the build: a site is
 * never published without a working index.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MergeJob } from './search-merge.ts';
import type { ShardJob } from './search-shard.ts';

/**
 * Reports per shard. Pagefind's indexer holds about 8 MB per report of ~19,000 characters while
 * it builds, so a shard of 25 needs about 0.45 GB (its Node process included), beside the up to
 * 3 GB Astro still holds at 1,000 reports when indexing starts. More shards cost a little build
 * time, not the reader's bytes, since they are merged. On a machine with less memory, set
 * SEARCH_SHARD_REPORTS or SEARCH_INDEX_JOBS lower.
 */
export const SHARD_REPORTS = Number(process.env.SEARCH_SHARD_REPORTS ?? 25);

/**
 * Shards indexed at once. A shard's indexer is one thread, and half its time the Node process
 * feeding it waits: on this machine's 2 cores two shards of 25 at once take 6.5 s where one of 50
 * takes 12 s, for 0.13 GB more. Each job adds a shard's memory, so more cores are not all used.
 */
export const INDEX_JOBS = Number(process.env.SEARCH_INDEX_JOBS ?? Math.min(availableParallelism(), 4));

/** The merge's heap: it holds a chunk per shard at a time, so this bounds its memory, not its reach. */
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
  /** By default search-merge.ts beside the shard script. */
  mergeScript?: string;
  shardReports?: number;
  /** Shards indexed at once. */
  jobs?: number;
  chunkPositions?: number;
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

/** Indexes every report page of a built site; returns the number of reports, shards and index chunks. */
export async function buildSearchIndex({ siteDir, shardScript, mergeScript = path.join(path.dirname(shardScript), 'search-merge.ts'), shardReports = SHARD_REPORTS, jobs = INDEX_JOBS, chunkPositions, log = () => {} }: IndexOptions) {
  const reportsDir = path.join(siteDir, 'reports');
  const ids = existsSync(reportsDir) ? readdirSync(reportsDir).sort() : [];
  const output = path.join(siteDir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const shards: string[][] = [];
  for (let i = 0; i < Math.max(ids.length, 1); i += shardReports) shards.push(ids.slice(i, i + shardReports));
  const scratch = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  const jobFile = (name: string, job: ShardJob | MergeJob) => {
    const file = path.join(scratch, `${name}.json`);
    writeFileSync(file, JSON.stringify(job));
    return file;
  };
  try {
    const shardJobs = shards.map((shard, n): ShardJob => ({ siteDir, outputPath: path.join(scratch, `shard-${n}`), ids: shard }));
    let done = 0;
    await runAtMost(
      jobs,
      shardJobs.map((job, n) => async () => {
        await runStep([shardScript, jobFile(`shard-${n}`, job)], `the indexer of shard ${n} (${job.ids.length} reports from ${job.ids[0]})`, 'lower SEARCH_SHARD_REPORTS or SEARCH_INDEX_JOBS');
        log(`search index: ${++done} of ${shardJobs.length} shards done`);
      }),
    );
    const merge: MergeJob = { shardDirs: shardJobs.map((job) => job.outputPath), outDir: output, chunkPositions: chunkPositions ?? chunkPositionsFor(ids.length) };
    const merged = JSON.parse(await runStep([`--max-old-space-size=${MERGE_HEAP_MB}`, mergeScript, jobFile('merge', merge)], 'the merge of the shards', `raise MERGE_HEAP_MB in search-index.ts`)) as { chunks: number };
    return { reports: ids.length, shards: shards.length, chunks: merged.chunks };
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
        const { reports, shards, chunks } = await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          shardScript: path.join(root, 'src/integrations/search-shard.ts'),
          log: (message) => logger.info(message),
        });
        logger.info(`indexed ${reports} reports in ${shards} shard(s), merged into ${chunks} index chunks, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
