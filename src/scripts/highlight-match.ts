/**
 * On a report page opened from a search result (`?hl=<query>#<section>`): finds every occurrence
 * of the query in the report text, with the folding search uses, and opens the find bar at the
 * first occurrence at or after the section's heading. A malformed fragment or `hl` never throws;
 * a long `hl` is cut (QUERY_MAX_LENGTH); one with nothing left after folding does nothing.
 */
import { findAll, firstFrom, foldQuery } from '../lib/search/find.ts';
import { fragmentId } from '../lib/fragment.ts';
import { offsetOf, rangeOf, reportTextOf } from './report-text.ts';
import { openFindBar } from './find-bar.ts';

export function highlightMatches(): void {
  const query = foldQuery(new URLSearchParams(location.search).get('hl') ?? '');
  const article = document.querySelector('article');
  const bar = document.querySelector<HTMLElement>('.find-bar');
  if (!query || !article || !bar) return;
  const report = reportTextOf(article);
  const occurrences = findAll(report.text, query);
  const anchor = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
  const first = anchor ? firstFrom(occurrences, offsetOf(report, anchor)) : 0;
  openFindBar(bar, query, occurrences.map(({ start, end }) => rangeOf(report, start, end)), first);
}
