/**
 * The citation the ¶ control copies, in the form GB/T 7714-2015 gives an online resource
 * (see README, "Citations"):
 *
 *   株洲市荷塘区人民政府. 政府工作报告[EB/OL]. (2022-02-24)[2026-11-24]. https://…/#p-1a2b3c4d.
 *   邓伟勇. 发愤图强　重振工业城市雄风[N/OL]. 株洲日报, 2021-12-31(B2)[2026-11-24]. https://…/#p-….
 *
 * The page holds the report's part (citationSource, at build time); the browser adds the day
 * of citing and the paragraph's address (formatCitation), so both parts are pure.
 */
import type { ReportData } from '../content/schema.ts';
import { isoDay } from './format.ts';

export interface CitationSource {
  /** 主要责任者: a press article's authors, else the body that issued the report. */
  creators: string[];
  title: string;
  /** 文献类型/载体: an online posting (EB/OL), or a newspaper article read online (N/OL). */
  type: 'EB/OL' | 'N/OL';
  /** For N/OL: the newspaper and its page (版次). */
  newspaper?: string;
  page?: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Worked out by the editors, not printed: GB/T 7714 puts an estimated date in square brackets. */
  dateInferred: boolean;
}

export function citationSource(data: ReportData): CitationSource {
  const common = { title: data.title, date: isoDay(data.date), dateInferred: data.dateBasis === 'inferred' };
  if (data.kind !== 'press-special') return { ...common, creators: [data.issuer], type: 'EB/OL' };
  const authors = data.authors.map((a) => a.name);
  return {
    ...common,
    creators: authors.length ? authors : [data.issuer],
    type: 'N/OL',
    newspaper: data.publication.name,
    ...(data.publication.page && { page: data.publication.page }),
  };
}

/** Ends an element with a full stop unless it ends with one already (a name such as “Co.”, a title ending in 。). */
const stop = (text: string) => (/[.。．!?！？]$/.test(text) ? text : `${text}.`);
/** GB/T 7714 names at most three creators, then 等. */
const creatorsOf = (names: string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? ', 等' : '');

/** The citation of one place in a report: `accessed` is the day of citing (YYYY-MM-DD), `url` the paragraph's address. */
export function formatCitation(source: CitationSource, accessed: string, url: string): string {
  const date = source.dateInferred ? `[${source.date}]` : source.date;
  // A title's own closing 。 would stand before the type mark; the element ends after the mark.
  const title = `${source.title.replace(/[。．.]+$/, '')}[${source.type}]`;
  const published = source.type === 'N/OL' ? `${source.newspaper}, ${date}${source.page ? `(${source.page})` : ''}` : `(${date})`;
  return [stop(creatorsOf(source.creators)), stop(title), stop(`${published}[${accessed}]`), stop(url)].join(' ');
}

/** The reader's calendar day, as the day of citing. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
