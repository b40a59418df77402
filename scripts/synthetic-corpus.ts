/**
 * More reports than the site holds, for the test of result pages: a copy of the built site with
 * `count` synthetic report pages, each a real report page whose text blocks are a seeded draw
 * from all the real pages' blocks, indexed by the site's own indexer (in small shards, so that
 * merging shards is exercised too).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { seededRandom } from './seeded-random.ts';

const root = path.resolve(import.meta.dirname, '..');

/**
 * A copy of the built site with `count` synthetic reports (reports/synthetic-<i>/) beside the real
 * ones; `remove()` deletes it. `chunkPositions` (the merge's, search-index.ts) set low makes common
 * pairs heavy words, as they are in a corpus of hundreds of reports, and `tripledAbove` set low
 * makes the commonest tripled, as in a corpus of thousands (words.ts).
 */
export async function syntheticSite(siteDir: string, count: number, { shardReports = 10, chunkPositions, tripledAbove }: { shardReports?: number; chunkPositions?: number; tripledAbove?: number } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-site-'));
  cpSync(siteDir, dir, { recursive: true });
  const pages = readdirSync(path.join(siteDir, 'reports')).sort().map((id) => readFileSync(path.join(siteDir, 'reports', id, 'index.html'), 'utf8'));
  const pool = pages.flatMap((html) => {
    const $ = cheerio.load(html);
    return $('article > p').map((_, p) => $.html(p)).get();
  });
  const next = seededRandom(42);
  for (let i = 0; i < count; i++) {
    const $ = cheerio.load(pages[i % pages.length]);
    const article = $('article');
    article.attr('data-report-id', `synthetic-${i}`).attr('data-report-title', `合成报告 ${i}`);
    article.children('p').remove();
    for (let k = 0; k < 12; k++) article.append(pool[Math.floor(next() * pool.length)]);
    mkdirSync(path.join(dir, 'reports', `synthetic-${i}`), { recursive: true });
    writeFileSync(path.join(dir, 'reports', `synthetic-${i}`, 'index.html'), $.html());
  }
  const index = await buildSearchIndex({ siteDir: dir, shardScript: path.join(root, 'src/integrations/search-shard.ts'), shardReports, chunkPositions, tripledAbove });
  return { dir, ...index, remove: () => rmSync(dir, { recursive: true }) };
}
