/** The glossaries as plain data, for build-time plugins that run before Astro's content layer. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type Glossary } from '../content/schema.ts';

export const GLOSSARY_DIR = 'content/glossary';

/** The anchor of a term on the glossary page and in the report that prints it. */
export function glossaryAnchor(term: string): string {
  return `term-${term}`;
}

export function readGlossaries(root: string): Glossary[] {
  const dir = path.join(root, GLOSSARY_DIR);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => glossarySchema.parse(parse(readFileSync(path.join(dir, file), 'utf8'))));
}
