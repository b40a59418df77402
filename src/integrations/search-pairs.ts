/**
 * Counts the pairs of one shard of the report pages (pairWeights in words.ts), so that search-index.ts
 * knows, before any report is indexed, which pairs of the whole corpus are tripled. Run by
 * search-index.ts in a child process, like a shard's indexer. Usage: node search-pairs.ts <job.json>;
 * see PairsJob. Writes the shard's weights as JSON, [pair word, weight][].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { recordChars } from '../lib/search/records.ts';
import { pairWeights } from '../lib/search/words.ts';

export interface PairsJob {
  siteDir: string;
  /** The report ids (folders under reports/) of this shard. */
  ids: string[];
  /** Where the weights go. */
  outputFile: string;
}

const job = JSON.parse(readFileSync(process.argv[2], 'utf8')) as PairsJob;
const weights = new Map<string, number>();
for (const id of job.ids) {
  for (const [pair, weight] of pairWeights(recordChars(readFileSync(path.join(job.siteDir, 'reports', id, 'index.html'), 'utf8')))) weights.set(pair, (weights.get(pair) ?? 0) + weight);
}
writeFileSync(job.outputFile, JSON.stringify([...weights]));
