/**
 * The end-to-end fixture: the site is built once and served by one
 * `astro preview` (scripts/test.ts passes its address as BASE_URL); each test
 * file drives the Debian Chromium through playwright-core.
 */
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:4321';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One browser for the test file; a fresh context (no shared storage) per call of newPage(). */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    async newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
      const context = await browser.newContext({ baseURL: baseUrl, ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** Opens /search/ with a query string and waits until the results for it are shown. */
export async function searchFor(page: Page, params: string): Promise<void> {
  await page.goto(`/search/?${params}`);
  await page.waitForFunction(() => {
    const list = document.getElementById('search-results');
    const status = document.getElementById('search-status')?.textContent ?? '';
    return list?.getAttribute('aria-busy') === 'false' && status !== '' && !status.includes('正在');
  });
}

/** The report pages the results list links to, in order. */
export function resultReports(page: Page): Promise<string[]> {
  return page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
