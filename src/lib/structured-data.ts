/** schema.org JSON-LD describing a report, for search engines and link previews. */
import type { ReportData } from '../content/schema.ts';
import { isoDay } from './format.ts';
import { displayTitle, regionName } from './report-names.ts';

/** `url` is the report's address, when the build knows it (SITE_URL); JSON leaves it out otherwise. */
export function reportJsonLd(report: ReportData, url: string | undefined): Record<string, unknown> {
  const people = (list: { name: string; role: string }[]) => list.map((p) => ({ '@type': 'Person', name: p.name, jobTitle: p.role }));
  const base = {
    '@context': 'https://schema.org',
    name: displayTitle(report),
    headline: report.title,
    alternativeHeadline: report.subtitle,
    description: report.description,
    inLanguage: 'zh-CN',
    url,
    spatialCoverage: { '@type': 'Place', name: regionName(report) },
    // An inferred date is not claimed as the publication date.
    ...(report.dateBasis === 'printed' ? { datePublished: isoDay(report.date) } : { temporalCoverage: isoDay(report.date) }),
  };
  if (report.kind === 'press-special') {
    return {
      ...base,
      '@type': 'NewsArticle',
      author: people(report.authors),
      publisher: { '@type': 'Organization', name: report.publication.name },
      ...(report.publication.page ? { pagination: report.publication.page } : {}),
    };
  }
  return {
    ...base,
    '@type': 'Report',
    ...(report.speaker ? { author: people([report.speaker]) } : {}),
    publisher: { '@type': 'GovernmentOrganization', name: report.issuer },
  };
}
