/** A search index that cannot be built fails the build, saying why: a site is never published without one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, pairSample, runAtMost } from '../src/integrations/search-index.ts';
import { scratchDir } from './scratch.ts';
import { root } from './site.ts';

/** The real pair count runs first; the shard's indexer is the one that fails. */
const pairsScript = path.join(root, 'src/integrations/search-pairs.ts');

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
  await assert.rejects(buildSearchIndex({ siteDir: path.join(dir, 'site'), shardScript: script, pairsScript }), /shard 0 \(1 reports from r\) was killed \(SIGKILL, most likely out of memory: lower SEARCH_SHARD_REPORTS or SEARCH_INDEX_JOBS\)/);
});

test('an indexer that fails passes on its error', async () => {
  const dir = siteWithReport();
  const script = path.join(dir, 'failing.ts');
  writeFileSync(script, "console.error('Pagefind: disk full'); process.exit(3);\n");
  await assert.rejects(buildSearchIndex({ siteDir: path.join(dir, 'site'), shardScript: script, pairsScript }), /exited with code 3\.\nPagefind: disk full/);
});

test('shards are indexed at most a few at once, and after a failure none starts while the running ones finish before it is reported', async () => {
  const events: string[] = [];
  let running = 0;
  let most = 0;
  const task = (name: string, ms: number, fails = false) => async () => {
    most = Math.max(most, ++running);
    events.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
    events.push(`end ${name}`);
    if (fails) throw new Error(`${name} failed`);
  };
  await runAtMost(2, [task('a', 10), task('b', 30), task('c', 10), task('d', 10)]);
  assert.equal(most, 2);
  assert.equal(events.filter((e) => e.startsWith('end')).length, 4);

  events.length = 0;
  await assert.rejects(runAtMost(2, [task('a', 10, true), task('b', 40), task('c', 10)]), /a failed/);
  // b was running when a failed: it ended before the failure was reported; c never started.
  assert.deepEqual(events, ['start a', 'start b', 'end a', 'end b']);
});

test('the tripled pairs are chosen from every report of a small corpus, and from a sample spread over a large one', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `r${String(i).padStart(4, '0')}`);
  assert.deepEqual(pairSample(ids.slice(0, 150), 200), ids.slice(0, 150));
  const sample = pairSample(ids, 200);
  assert.equal(new Set(sample).size, 200);
  assert.deepEqual([sample[0], sample[1], sample.at(-1)], ['r0000', 'r0005', 'r0995']);
});
