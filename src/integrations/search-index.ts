/**
 * Builds the search index after `astro build`, from the built report pages (design: README, "How
 * search works"; words: src/lib/search/words.ts). The reports are indexed in shards of at most
 * SHARD_REPORTS, each in a child process of its own, one after the other: Pagefind's indexer
 * holds every word position of its index in memory, so shards keep the build's memory bounded
 * whatever the number of reports. The first shard is the bundle the search page loads (pagefind/); the others
 * (pagefind/shard-N/) are merged into it in the browser and listed in pagefind/shards.json.
 * Any failure, a killed indexer included, fails the build: a site is never published without a
 * working index.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShardJob } from './search-shard.ts';

/**
 * Reports per shard. Each word a query needs costs one index chunk (~30 KB) in every shard, so
 * fewer shards mean fewer bytes and faster first results; Pagefind's indexer holds about 8 MB per
 * report of ~19,000 characters, so a shard of 800 needs about 6.5 GB. Shards are indexed one at a
 * time. On a machine with less memory, set SEARCH_SHARD_REPORTS lower (README, "What a query costs").
 */
export const SHARD_REPORTS = Number(process.env.SEARCH_SHARD_REPORTS ?? 800);

export interface IndexOptions {
  siteDir: string;
  shardScript: string;
  shardReports?: number;
  log?: (message: string) => void;
}

function runShard(script: string, job: ShardJob, scratch: string, n: number): Promise<void> {
  const jobFile = path.join(scratch, `shard-${n}.json`);
  writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, jobFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was killed (${signal}${signal === 'SIGKILL' ? ', most likely out of memory: lower SEARCH_SHARD_REPORTS' : ''})` : `exited with code ${code}`;
      reject(new Error(`search index: the indexer of shard ${n} (${job.ids.length} reports from ${job.ids[0]}) ${how}.\n${stderr.trim()}`));
    });
  });
}

/** Indexes every report page of a built site; returns the number of reports and shards. */
export async function buildSearchIndex({ siteDir, shardScript, shardReports = SHARD_REPORTS, log = () => {} }: IndexOptions) {
  const reportsDir = path.join(siteDir, 'reports');
  const ids = existsSync(reportsDir) ? readdirSync(reportsDir).sort() : [];
  const output = path.join(siteDir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const shards: string[][] = [];
  for (let i = 0; i < Math.max(ids.length, 1); i += shardReports) shards.push(ids.slice(i, i + shardReports));
  const scratch = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  try {
    const jobs = shards.map((shard, n): ShardJob => ({ siteDir, outputPath: n === 0 ? output : path.join(output, `shard-${n}`), primary: n === 0, ids: shard }));
    for (const [n, job] of jobs.entries()) {
      await runShard(shardScript, job, scratch, n);
      log(`search index: shard ${n + 1} of ${jobs.length} done`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(path.join(output, 'shards.json'), JSON.stringify(shards.slice(1).map((_, n) => `shard-${n + 1}/`)));
  return { reports: ids.length, shards: shards.length };
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
        const { reports, shards } = await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          shardScript: path.join(root, 'src/integrations/search-shard.ts'),
          log: (message) => logger.info(message),
        });
        logger.info(`indexed ${reports} reports in ${shards} shard(s) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
