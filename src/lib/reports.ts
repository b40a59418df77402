import { getCollection, type CollectionEntry } from 'astro:content';
import { sitePath } from './site-path.ts';

export type Report = CollectionEntry<'reports'>;

/** All reports, oldest first (by the date of the report, then by file name). */
export async function getReports(): Promise<Report[]> {
  const reports = await getCollection('reports');
  return reports.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id));
}

export function reportUrl(report: Pick<Report, 'id'>): string {
  return sitePath(`/reports/${report.id}/`);
}

/** A region's page: its names broadest first, each percent-encoded (/regions/湖南省/株洲市/ as %E6%B9%96…). */
export function regionUrl(path: readonly string[]): string {
  return sitePath(`/regions/${path.map(encodeURIComponent).join('/')}/`);
}

export function yearUrl(year: number): string {
  return sitePath(`/years/${year}/`);
}

/** The breadcrumb links of a region path: each broader region, then the region itself. */
export function regionTrail(path: readonly string[]): { name: string; href: string }[] {
  return path.map((name, i) => ({ name, href: regionUrl(path.slice(0, i + 1)) }));
}
