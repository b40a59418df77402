/**
 * The end-to-end fixture: the site is built once and served by one
 * `astro preview` (scripts/test.ts passes its address as BASE_URL); each test
 * file drives the Debian Chromium through playwright-core.
 */
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitForResults } from '../../scripts/chromium.ts';

export const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:4321';

/** One browser for the test file; a fresh context (no shared storage) per call of newPage(). */
export function useBrowser() {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    async newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
      const context = await browser.newContext({ baseURL: baseUrl, ...options });
      return context.newPage();
    },
  };
}

/** Opens /search/ with a query string and waits until the results for it are shown. */
export async function searchFor(page: Page, params: string): Promise<void> {
  await page.goto(`/search/?${params}`);
  await waitForResults(page);
}

/** The report pages the results list links to, in order. */
export function resultReports(page: Page): Promise<string[]> {
  return page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
