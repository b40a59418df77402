import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema, indicatorTableSchema, reportSchema } from './content/schema.ts';

/** REPORTS_DIR lets the tests build the site from a fixture folder instead of content/reports. */
const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.REPORTS_DIR ?? './content/reports' }),
  schema: reportSchema,
});

/** One file per report that prints a glossary, named after the report. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: glossarySchema,
});

/** One file per plan report with an indicator table, named after the report. */
const indicators = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/indicators' }),
  schema: indicatorTableSchema,
});

export const collections = { reports, glossary, indicators };
