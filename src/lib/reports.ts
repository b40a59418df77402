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
