/**
 * Plain-text fields are text wherever they land: a front matter full of `</script><script>` and
 * quotes builds into pages where no such script runs, and the values read back unchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { buildContent } from './run-astro.ts';

// The fixture has no indicator tables or glossaries, so its folder also stands for those folders.
const fixture = 'tests/fixtures/escaping';
const build = buildContent({ REPORTS_DIR: fixture, INDICATORS_DIR: fixture, GLOSSARY_DIR: fixture });

test('the hostile fixture builds', () => {
  assert.equal(build.status, 0, build.output);
});

test('no front-matter text becomes a script or ends a script or style element', () => {
  const pages = globSync('**/*.html', { cwd: build.dist });
  assert.ok(pages.length > 0);
  for (const page of pages) {
    const $ = cheerio.load(readFileSync(path.join(build.dist, page), 'utf8'));
    $('script:not([type="application/ld+json"])').each((_, el) => assert.doesNotMatch($(el).text(), /alert/, `${page}: a script runs front-matter text`));
    $('style').each((_, el) => assert.doesNotMatch($(el).text(), /<\//, `${page}: a style element holds markup`));
  }
});

test('the structured data, the title and the meta description read back as written', () => {
  const $ = cheerio.load(readFileSync(path.join(build.dist, 'reports/hostile-text/index.html'), 'utf8'));
  const jsonLd = $('script[type="application/ld+json"]');
  assert.equal(jsonLd.length, 1);
  const data = JSON.parse(jsonLd.text());
  assert.equal(data.description, '说明</script><script>alert(5)</script> & "引号"');
  assert.equal(data.headline, '测试报告</title><script>alert(1)</script>');
  assert.equal(data.publisher.name, '株洲市天元区人民政府</script><script>alert(4)</script>');
  assert.equal($('meta[name="description"]').attr('content'), data.description);
  assert.equal($('article').attr('data-report-region-path'), '湖南省/株洲市/天元区"><img src=x onerror=alert(3)>');
  assert.match($('title').text(), /^株洲"<\/style><script>alert\(2\)<\/script> \|/);
});
