/**
 * Merges the shards' bundles into the site's one (merge-bundles.ts), run by search-index.ts in a
 * child process with a small heap: the merge holds a chunk per shard at a time, and a heap of its
 * own returns its memory at once, not into the Astro process that runs the build.
 * Usage: node search-merge.ts <job.json>; see MergeJob. Prints the merged bundle's figures (JSON).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeBundles } from './merge-bundles.ts';

export interface MergeJob {
  /** The shards' bundles, in order. */
  shardDirs: string[];
  outDir: string;
  chunkPositions: number;
  /** The tripled pairs' words. */
  tripled: string[];
}

const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as MergeJob;
const shards = job.shardDirs.map((dir) => ({ dir, sortValues: JSON.parse(readFileSync(path.join(dir, 'sort-values.json'), 'utf8')) as Record<string, string[]> }));
console.log(JSON.stringify(mergeBundles(shards, job.outDir, job.chunkPositions, new Set(job.tripled))));
