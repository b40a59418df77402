/** The system Chromium as the tests and benchmarks drive it, and what they wait for on the search page. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and without the background connections a closed network refuses. */
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
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Waits until the search page shows the results (or the message) for its current query. */
export async function waitForResults(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const busy = document.getElementById('search-results')?.getAttribute('aria-busy');
      const status = document.getElementById('search-status')?.textContent ?? '';
      return busy === 'false' && status !== '' && !status.includes('正在');
    },
    null,
    { timeout },
  );
}
