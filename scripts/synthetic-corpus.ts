/**
 * A larger corpus made from the real one, for the search benchmark and for the
 * test of result pages: synthetic reports, each a shuffled draw of the real
 * reports' sections under one real report's facts. The real vocabulary, as
 * many reports as asked for; the site itself ships only the real corpus.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { recordsFor, reportFactsOf, sectionsOf, type SearchRecord, type Section } from '../src/lib/search-records.ts';

/** The built report pages of a site folder, with their facts and sections. */
export function builtReports(siteDir: string) {
  const dir = path.join(siteDir, 'reports');
  return readdirSync(dir)
    .sort()
    .map((id) => {
      const html = readFileSync(path.join(dir, id, 'index.html'), 'utf8');
      return { id, html, facts: reportFactsOf(html), sections: sectionsOf(html) };
    });
}

/** The records of `count` synthetic reports; report i links to `/reports/<real id>/?synthetic=i`. */
export function syntheticRecords(siteDir: string, count: number): SearchRecord[] {
  const reports = builtReports(siteDir);
  const pool: Section[] = reports.flatMap((r) => r.sections);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const records: SearchRecord[] = [];
  for (let i = 0; i < count; i++) {
    const base = reports[i % reports.length];
    const drawn = new Set<Section>();
    while (drawn.size < base.sections.length) drawn.add(pool[Math.floor(next() * pool.length)]);
    // Pagefind keeps one record per URL, so every synthetic report gets its own.
    records.push(...recordsFor({ ...base.facts, id: `synthetic-${i}`, title: `${base.facts.title}（合成 ${i}）` }, [...drawn], `/reports/${base.id}/?synthetic=${i}`));
  }
  return records;
}

/** A copy of a built site whose search index holds `records` instead; `remove()` deletes it. */
export async function siteWithIndex(siteDir: string, records: SearchRecord[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-with-index-'));
  cpSync(siteDir, dir, { recursive: true });
  rmSync(path.join(dir, 'pagefind'), { recursive: true });
  const started = performance.now();
  await writeSearchIndex(records, path.join(dir, 'pagefind'));
  return { dir, indexMs: performance.now() - started, remove: () => rmSync(dir, { recursive: true }) };
}
