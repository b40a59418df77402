/** Every internal link, heading anchor and file a page loads on the built site resolves; nothing loads from another origin. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { dist } from './site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The file a site path is served from, as `astro preview` serves it. */
function fileFor(urlPath: string): string | null {
  const local = path.join(dist, decodeURIComponent(urlPath));
  for (const candidate of [local, path.join(local, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const pages = htmlFiles(dist);
const idsByFile = new Map(
  pages.map((file) => {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    return [file, new Set($('[id]').map((_, el) => $(el).attr('id')).get())];
  }),
);

test('the site has pages', () => assert.ok(pages.length >= 3));

for (const file of pages) {
  const name = path.relative(dist, file);
  test(`${name}: every internal link, anchor and file it loads or preloads resolves`, () => {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const broken: string[] = [];
    $('a[href], link[href], script[src]').each((_, el) => {
      const href = $(el).attr('href') ?? $(el).attr('src')!;
      const url = new URL(href, `http://site.invalid/${path.relative(dist, file).replace(/index\.html$/, '')}`);
      if (url.origin !== 'http://site.invalid') return;
      const target = fileFor(url.pathname);
      if (!target) return void broken.push(`${href} (no page)`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsByFile.get(target)?.has(fragment)) broken.push(`${href} (no #${fragment})`);
    });
    assert.deepEqual(broken, []);
  });

  test(`${name}: loads nothing from another origin`, () => {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const external = $('script[src], link[rel~=stylesheet], link[rel~=preload], link[rel~=modulepreload], link[rel~=icon], img[src], iframe[src], source[src], video[src], audio[src]')
      .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
      .get()
      .filter((ref: string) => /^(https?:)?\/\//.test(ref));
    const inlineCss = $('style').text() + $('[style]').map((_, el) => $(el).attr('style')).get().join('');
    assert.deepEqual(external, []);
    assert.doesNotMatch(inlineCss, /url\(\s*['"]?(https?:)?\/\//);
  });
}
