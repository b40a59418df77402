/** What the build writes: no warnings in its log (the one scripts/test.ts keeps), and no address it cannot know. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { dist, root } from './site.ts';

test('the build prints no warnings', () => {
  const log = readFileSync(path.join(root, 'test-results/build.log'), 'utf8');
  assert.match(log, /Complete!/);
  const warnings = log.split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
  assert.deepEqual(warnings, []);
});

// scripts/test.ts builds without SITE_URL: the site's address is unknown, so nothing may name one.
test('without SITE_URL nothing names an address: no canonical or og:url, no printed source address, no sitemap, no localhost', () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|txt|json|csv|js|css)$/.test(file));
  assert.deepEqual(files.filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('localhost')), []);
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const $ = cheerio.load(readFileSync(path.join(dist, file), 'utf8'));
    assert.equal($('link[rel=canonical], link[rel=sitemap], meta[property="og:url"], .print-source').length, 0, file);
  }
  assert.equal(existsSync(path.join(dist, 'sitemap-index.xml')), false);
  assert.doesNotMatch(readFileSync(path.join(dist, 'robots.txt'), 'utf8'), /Sitemap/);
});

test('the search page loads under 15 KB (gzip) of its own scripts before Pagefind: nothing built for the server (an HTML parser) is bundled into it', () => {
  const $ = cheerio.load(readFileSync(path.join(dist, 'search/index.html'), 'utf8'));
  // The page's scripts and every script they import statically (OpenCC is imported on demand, for a query that needs it).
  const queue = $('script[src]').map((_, el) => $(el).attr('src')!).get();
  const seen = new Set<string>();
  while (queue.length) {
    const src = queue.pop()!;
    if (seen.has(src) || src.startsWith('/pagefind/')) continue;
    seen.add(src);
    const code = readFileSync(path.join(dist, src), 'utf8');
    for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[\w.-]+\.js)["'`]/g)) queue.push(path.posix.join(path.posix.dirname(src), imported));
  }
  const bytes = [...seen].reduce((sum, src) => sum + gzipSync(readFileSync(path.join(dist, src))).length, 0);
  assert.ok(seen.size >= 3, [...seen].join(', '));
  assert.ok(bytes < 15_000, `${bytes} bytes of script in ${[...seen].join(', ')}`);
});
