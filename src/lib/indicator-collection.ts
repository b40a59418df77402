/** The indicator cells of all plan reports, from the content collections, oldest report first. */
import { getCollection } from 'astro:content';
import { indicatorCells, type IndicatorCell } from './indicators.ts';
import { getReports } from './reports.ts';
import { displayTitle } from './report-names.ts';

export async function getIndicatorCells(): Promise<IndicatorCell[]> {
  const reports = await getReports();
  const order = (id: string) => reports.findIndex((r) => r.id === id);
  const tables = (await getCollection('indicators')).map((t) => t.data).sort((a, b) => order(a.report) - order(b.report));
  return indicatorCells(tables, (id) => {
    const report = reports.find((r) => r.id === id);
    if (!report) throw new Error(`content/indicators: no report ${id}`);
    return displayTitle(report.data);
  });
}
