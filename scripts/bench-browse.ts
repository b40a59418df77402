/**
 * `npm run bench:browse [count]`: builds the site from the real reports and `count` (default
 * 3,000) tiny generated ones (scripts/tiny-reports.ts) and prints the size of the browse pages,
 * as stored and gzip-compressed: the home page, the largest region page, the largest year page.
 * Prints figures; asserts nothing (the budget is tested at a smaller scale by tests/browse-at-scale.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildTinySite } from './tiny-reports.ts';

const count = Number(process.argv[2] ?? 3000);
const site = buildTinySite(count);
if (!site.ok) {
  console.error(site.output);
  process.exit(1);
}

function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pagesUnder(full) : name === 'index.html' ? [full] : [];
  });
}
const sizeOf = (file: string) => {
  const html = readFileSync(file);
  return { page: `/${path.relative(site.dist, path.dirname(file))}/`.replace('//', '/'), bytes: html.length, gzip: gzipSync(html).length };
};
const largest = (folder: string) => pagesUnder(path.join(site.dist, folder)).map(sizeOf).sort((a, b) => b.gzip - a.gzip);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const regions = largest('regions');
const years = largest('years');
console.log(`${count} tiny reports + the real ones: built in ${(site.ms / 1000).toFixed(0)} s; ${regions.length} region pages, ${years.length} year pages`);
for (const [what, size] of [['home page', sizeOf(path.join(site.dist, 'index.html'))], ['largest region page', regions[0]], ['largest year page', years[0]]] as const) {
  console.log(`${what.padEnd(20)} ${kb(size.bytes).padStart(10)} stored, ${kb(size.gzip).padStart(9)} gzip  ${size.page}`);
}
site.remove();
