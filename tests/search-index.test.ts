/** A search index that cannot be built fails the build, saying why: a site is never published without one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { scratchDir } from './scratch.ts';

function siteWithReport() {
  const dir = scratchDir('index-failure-');
  mkdirSync(path.join(dir, 'site/reports/r'), { recursive: true });
  writeFileSync(path.join(dir, 'site/reports/r/index.html'), '<article>x</article>');
  return dir;
}

test('an indexer killed (as by the kernel when memory runs out) fails the index, naming the signal and what to do', async () => {
  const dir = siteWithReport();
  const script = path.join(dir, 'killed.ts');
  writeFileSync(script, "process.kill(process.pid, 'SIGKILL');\n");
  await assert.rejects(buildSearchIndex({ siteDir: path.join(dir, 'site'), shardScript: script }), /shard 0 \(1 reports from r\) was killed \(SIGKILL, most likely out of memory: lower SEARCH_SHARD_REPORTS\)/);
});

test('an indexer that fails passes on its error', async () => {
  const dir = siteWithReport();
  const script = path.join(dir, 'failing.ts');
  writeFileSync(script, "console.error('Pagefind: disk full'); process.exit(3);\n");
  await assert.rejects(buildSearchIndex({ siteDir: path.join(dir, 'site'), shardScript: script }), /exited with code 3\.\nPagefind: disk full/);
});
