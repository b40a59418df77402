import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema, indicatorTableSchema, reportSchema } from './content/schema.ts';
import { contentDirs } from './content/dirs.ts';
import { reportsLoader } from './content/report-loader.ts';

/** The folders can be set from the environment (REPORTS_DIR, …: see src/content/dirs.ts) for fixtures and imports. */
const reports = defineCollection({
  loader: reportsLoader(contentDirs.reports),
  schema: reportSchema,
});

/** One file per report that prints a glossary, named after the report. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: contentDirs.glossary }),
  schema: glossarySchema,
});

/** One file per plan report with an indicator table, named after the report. */
const indicators = defineCollection({
  loader: glob({ pattern: '*.yaml', base: contentDirs.indicators }),
  schema: indicatorTableSchema,
});

export const collections = { reports, glossary, indicators };
