/**
 * Indexes one shard of the report pages (run by search-index.ts in a child process of its own, so
 * that the indexer's memory is returned after each shard and a killed indexer is an exit code the
 * build sees). Usage: node search-shard.ts <job.json>; see ShardJob.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchDataOf } from '../lib/search/records.ts';

export interface ShardJob {
  /** The built site. */
  siteDir: string;
  /** Where this shard's Pagefind bundle goes. */
  outputPath: string;
  /** The first shard carries Pagefind's script and engine; the others are merged into it (mergeIndex) and need only their index. */
  primary: boolean;
  /** The report ids (folders under reports/) of this shard. */
  ids: string[];
}

/** Pagefind's compressed files: gzip of this signature and the JSON. */
const SIGNATURE = 'pagefind_dcd';

/**
 * Empties a fragment's content. The content is the record's words (see words.ts), which nobody
 * reads: the search page shows text from the text chunks. Only the facts stay (url, meta).
 */
function slimFragment(file: string): void {
  const raw = gunzipSync(readFileSync(file)).toString('utf8');
  if (!raw.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment`);
  const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as { content: string; filters: unknown };
  fragment.content = '';
  fragment.filters = {};
  writeFileSync(file, gzipSync(SIGNATURE + JSON.stringify(fragment)));
}

async function indexShard(job: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const id of job.ids) {
    const html = readFileSync(path.join(job.siteDir, 'reports', id, 'index.html'), 'utf8');
    // Record urls are site paths: Pagefind's browser API puts the base it is loaded from (/sub/pagefind/ → /sub/) in front.
    const { record, chunks } = searchDataOf(html, `/reports/${id}/`);
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind, reports/${id}: ${added.errors.join('; ')}`);
    const textDir = path.join(job.siteDir, 'pagefind', 'text', id);
    mkdirSync(textDir, { recursive: true });
    // Stored gzip-compressed under an extension of their own, like Pagefind's files, so no host marks them Content-Encoding; the search page decompresses them (DecompressionStream).
    chunks.forEach((chunk, i) => writeFileSync(path.join(textDir, `${i}.pf_text`), gzipSync(JSON.stringify(chunk), { level: 9 })));
  }
  const written = await index.writeFiles({ outputPath: job.outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const file of readdirSync(job.outputPath)) {
    // The search page uses Pagefind's API, not its ready-made UIs (about 480 KB); merged shards use the primary's script and engine.
    const unused = /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file) || (!job.primary && /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(file));
    if (unused) rmSync(path.join(job.outputPath, file));
  }
  const fragments = path.join(job.outputPath, 'fragment');
  for (const file of readdirSync(fragments)) slimFragment(path.join(fragments, file));
}

await indexShard(JSON.parse(readFileSync(process.argv[2], 'utf8')) as ShardJob);
