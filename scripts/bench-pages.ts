/**
 * `npm run bench:pages`: for the home page and every report page of the built
 * site (dist/), the bytes a browser fetches by type (HTML, CSS, JS, fonts,
 * other; compressed, as a static host sends them) and Lighthouse's four
 * scores, run with the system Chromium. Prints figures; asserts nothing.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const pages = ['/', ...readdirSync(path.join(dist, 'reports')).sort().map((id) => `/reports/${id}/`)];

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
function kindOf(request: Request): Kind {
  const type = request.resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'font';
  return 'other';
}

const server = await serveStatic(dist);
const browser = await launchChromium();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`.padStart(6);

console.log('page'.padEnd(44), '  HTML    CSS     JS   font  other  total (KB) | perf a11y best  seo');
try {
  for (const pagePath of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<[Kind, number]>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => [kindOf(request), s.responseHeadersSize + s.responseBodySize]));
    });
    await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
    const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    for (const [kind, size] of await Promise.all(sizes)) bytes[kind] += size;
    await context.close();

    const result = await lighthouse(server.url + pagePath, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result!.lhr.categories;
    const score = (key: string) => String(Math.round((categories[key]?.score ?? 0) * 100)).padStart(4);
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    console.log(
      pagePath.padEnd(44),
      kb(bytes.html), kb(bytes.css), kb(bytes.js), kb(bytes.font), kb(bytes.other), kb(total), '     |',
      score('performance'), score('accessibility'), score('best-practices'), score('seo'),
    );
  }
} finally {
  await browser.close();
  chrome.kill();
  server.close();
}
