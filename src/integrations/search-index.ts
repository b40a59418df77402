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
import { recordsOf } from '../lib/search-records.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const reportsDir = path.join(outDir, 'reports');
        const ids = existsSync(reportsDir) ? readdirSync(reportsDir).sort() : [];
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let records = 0;
        for (const id of ids) {
          const html = readFileSync(path.join(reportsDir, id, 'index.html'), 'utf8');
          for (const record of recordsOf(html, `/reports/${id}/`)) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
            records++;
          }
        }
        const outputDir = path.join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: outputDir });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        // The search page uses Pagefind's API, not its ready-made UIs; their bundles (about 480 KB) are not shipped.
        for (const file of readdirSync(outputDir)) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(path.join(outputDir, file));
        }
        await pagefind.close();
        logger.info(`indexed ${ids.length} reports as ${records} sections in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
