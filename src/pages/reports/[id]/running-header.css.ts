/** /reports/<id>/running-header.css: the report's display title printed at the top of every page (src/lib/running-header.ts). */
import type { APIRoute } from 'astro';
import { getReports } from '../../../lib/reports.ts';
import { runningHeaderCss } from '../../../lib/running-header.ts';
import { displayTitle } from '../../../lib/report-names.ts';

export async function getStaticPaths() {
  return (await getReports()).map((report) => ({ params: { id: report.id }, props: { title: displayTitle(report.data) } }));
}

export const GET: APIRoute<{ title: string }> = ({ props }) =>
  new Response(runningHeaderCss(props.title), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
