/** Paths shared by the tests: the built site, the source texts, the report files. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { RepairList } from '../src/lib/repairs.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dist = path.join(root, 'dist');
/** The source texts the reports were transcribed from. */
export const sourcesDir = path.join(root, 'content/sources');
export const reportsDir = path.join(root, 'content/reports');
export const repairsDir = path.join(root, 'content/repairs');

export const reportIds = readdirSync(reportsDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -'.mdx'.length))
  .sort();

export function readRepairs(id: string): RepairList {
  return parseYaml(readFileSync(path.join(repairsDir, `${id}.yaml`), 'utf8')) as RepairList;
}

export function builtPage(urlPath: string): string {
  return readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
}

/** The text of a built report's <article>: the report's own words (as the search sees them), or with the editor's notes as printed. */
export async function reportText(id: string, { withNotes = false, withTables = true } = {}): Promise<string> {
  const cheerio = await import('cheerio');
  const $ = cheerio.load(builtPage(`reports/${id}`));
  const article = $('article');
  if (!withNotes) article.find('[data-editor-note]').remove();
  if (!withTables) article.find('table').remove();
  return article.text();
}

/** The text of every table cell of a built report. */
export async function reportTableCells(id: string): Promise<string[]> {
  const cheerio = await import('cheerio');
  const $ = cheerio.load(builtPage(`reports/${id}`));
  return $('article').find('th, td').map((_, cell) => $(cell).text()).get();
}
