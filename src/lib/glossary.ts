/** The glossaries as plain data, for build-time plugins that run before Astro's content layer. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type Glossary } from '../content/schema.ts';
import { contentDirs } from '../content/dirs.ts';

/** The anchor of a term on the glossary page and in the report that prints it. */
export function glossaryAnchor(term: string): string {
  return `term-${term}`;
}

/** Every glossary, validated; a mistake names the file (this runs with the config, before the collections would). */
export function readGlossaries(root: string): Glossary[] {
  const dir = path.resolve(root, contentDirs.glossary);
  // A folder without glossaries (an imported corpus) is no glossary, as for the collection.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const result = glossarySchema.safeParse(parse(readFileSync(path.join(dir, file), 'utf8')));
      if (result.success) return result.data;
      const issues = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`${path.relative(root, path.join(dir, file))} is not a valid glossary:\n${issues.join('\n')}`);
    });
}
