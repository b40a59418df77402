/**
 * Builds the Pagefind index after `astro build`, from the built report pages,
 * with the words described in src/lib/search-tokens.ts (Pagefind's Node API,
 * custom records: one per report section).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
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
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${ids.length} reports as ${records} sections in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
