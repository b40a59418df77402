import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './content/schema.ts';

/** REPORTS_DIR lets the tests build the site from a fixture folder instead of content/reports. */
const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.REPORTS_DIR ?? './content/reports' }),
  schema: reportSchema,
});

export const collections = { reports };
