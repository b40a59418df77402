/** What the build writes: no warnings in its log (the one scripts/test.ts keeps), and no address it cannot know. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
