/**
 * The site works under its strict Content-Security-Policy (no inline script or
 * style), served as a host would send it, as an HTTP header: no page reports a
 * violation, and what runs on scripts or stylesheets of its own still works.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitForResults } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { compact } from '../../src/lib/fidelity.ts';
import { dist } from '../site.ts';
import { scratchDir } from '../scratch.ts';

const REPORT = '/reports/tianyuan-2022-plan/';
/** Every built page, by the address it is served at. */
const pages = globSync('**/*.html', { cwd: dist })
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
before(async () => {
  server = await serveStatic(dist, { headers: { 'content-security-policy': contentSecurityPolicy } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A page that records every CSP violation: the DOM events and the console's "Refused to …" errors. */
async function watchedPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, ...options });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // @ts-expect-error the function exposed above
      reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return { page, violations };
}

test('the built pages hold no inline script or style for the policy to block', () => {
  assert.ok(pages.length >= 5, `${pages.length} pages`);
  const inline: string[] = [];
  for (const file of globSync('**/*.html', { cwd: dist })) {
    const $ = cheerio.load(readFileSync(path.join(dist, file), 'utf8'));
    // JSON-LD is data, never executed, so the policy lets it be (the browser test below sees no violation for it).
    $('script:not([src]):not([type="application/ld+json"])').each(() => void inline.push(`${file}: <script>`));
    $('style').each(() => void inline.push(`${file}: <style>`));
    $('[style]').each((_, el) => void inline.push(`${file}: style= on <${el.tagName}>`));
    $('[onclick], [onload], [onerror], [onchange], [onsubmit], [onkeydown]').each((_, el) => void inline.push(`${file}: event handler on <${el.tagName}>`));
  }
  assert.deepEqual(inline, []);
});

for (const urlPath of pages) {
  test(`${urlPath} loads under the policy without a violation`, async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(urlPath);
    assert.match(response!.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(violations, []);
  });
}

test('under the policy the saved scheme applies before the body is parsed, so the first paint is dark', async () => {
  const { page, violations } = await watchedPage({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    // The scheme as it stands when the parser reaches <body>, before anything in it can be painted.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      document.documentElement.dataset.themeAtBody = document.documentElement.dataset.theme ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  for (const urlPath of ['/', REPORT]) {
    await page.goto(urlPath);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.themeAtBody), 'dark', urlPath);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme), 'dark', urlPath);
  }
  assert.deepEqual(violations, []);
});

test('under the policy a report page’s scripts work: print button, “/” to search, contents, tooltips, citations', async () => {
  const { page, violations } = await watchedPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(REPORT);
  assert.equal(await page.locator('.print-button').isVisible(), true, 'the print button is shown');

  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search', '“/” focuses the search box');
  await page.locator('#site-search').blur();

  const third = page.locator('.toc__item--2 a').nth(2);
  const id = decodeURIComponent((await third.getAttribute('href'))!.slice(1));
  await page.evaluate((target) => document.getElementById(target)!.scrollIntoView(), id);
  await page.waitForFunction((target) => decodeURIComponent(document.querySelector('.toc a[aria-current]')?.getAttribute('href') ?? '') === `#${target}`, id);

  const term = page.locator('.glossary-term').first();
  await term.hover();
  await page.keyboard.press('Escape');
  assert.equal(await term.getAttribute('data-dismissed'), '', 'Escape dismisses the tooltip');

  await page.locator('article p[id]').first().hover();
  await page.locator('article p[id] .cite-link').first().click();
  await page.waitForFunction(() => document.querySelector('.cite-status')?.textContent !== '');
  assert.deepEqual(violations, []);
});

test('under the policy search finds results and a result’s match is highlighted', async () => {
  const { page, violations } = await watchedPage();
  await page.goto(`/search/?q=${encodeURIComponent('营商环境')}`);
  await waitForResults(page);
  assert.ok((await page.locator('#search-results li').count()) > 0, 'results are shown');
  await page.locator('#search-results a').first().click();
  await page.waitForFunction(() => (CSS.highlights.get('search-match')?.size ?? 0) > 0);
  assert.deepEqual(violations, []);
});

test('under the policy the printed pages carry the report’s title as their running header', async () => {
  const { page, violations } = await watchedPage();
  await page.goto(REPORT);
  await page.emulateMedia({ media: 'print' });
  const header = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).find((css) => css.includes('@top-center') && css.includes('content')),
  );
  const title = (await page.locator('article').getAttribute('data-report-title'))!;
  assert.ok(header?.includes(title), `a stylesheet sets the running header: ${header}`);

  const pdf = path.join(scratchDir('csp-'), 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const secondPage = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
  assert.ok(compact(secondPage).startsWith(compact(title)), 'the title heads a page of the text');
  assert.deepEqual(violations, []);
});
