/**
 * Builds the Pagefind index after `astro build`, from the built report pages,
 * with the words described in src/lib/search-tokens.ts (Pagefind's Node API,
 * custom records: one per report section).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recordsOf, type SearchRecord } from '../lib/search-records.ts';

/** Writes the Pagefind index of the records to `outputPath` (the benchmark and tests write synthetic ones with it too). */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The search page uses Pagefind's API, not its ready-made UIs; their bundles (about 480 KB) are not shipped.
  for (const file of readdirSync(outputPath)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(path.join(outputPath, file));
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const reportsDir = path.join(outDir, 'reports');
        const ids = existsSync(reportsDir) ? readdirSync(reportsDir).sort() : [];
        // Record urls are site paths: Pagefind's browser API puts the base it is loaded from (/sub/pagefind/ → /sub/) in front.
        const records = ids.flatMap((id) => recordsOf(readFileSync(path.join(reportsDir, id, 'index.html'), 'utf8'), `/reports/${id}/`));
        await writeSearchIndex(records, path.join(outDir, 'pagefind'));
        logger.info(`indexed ${ids.length} reports as ${records.length} sections in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
