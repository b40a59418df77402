/**
 * What the build makes of a report page for search: one Pagefind record (the facts a result shows,
 * the filters), its words (words.ts), and the report's text cut into chunks, from which the search
 * page cuts its excerpts (the record itself holds no readable text; see the README).
 */
import * as cheerio from 'cheerio';
import { foldWithOrigins } from './fold.ts';
import { INDEXED_WORD, recordWords } from './words.ts';
import { QUERY_MAX_LENGTH } from './find.ts';
import { CHUNK, type TextChunk } from './text-chunks.ts';

export interface ReportFacts {
  id: string;
  title: string;
  /** Broadest first, joined with `/`: 湖南省/株洲市/天元区. */
  regionPath: string;
  kind: string;
  kindLabel: string;
  year: string;
  /** YYYY-MM-DD, for sorting. */
  date: string;
  dateLabel: string;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The facts about a report that results show and filter by, from the <article>'s data attributes. */
export function reportFactsOf($: cheerio.CheerioAPI): ReportFacts {
  const article = $('article').first();
  const fact = (name: string) => {
    const value = article.attr(`data-report-${name}`);
    if (!value) throw new Error(`the <article> has no data-report-${name}`);
    return value;
  };
  return {
    id: fact('id'),
    title: fact('title'),
    regionPath: fact('region-path'),
    kind: fact('kind'),
    kindLabel: fact('kind-label'),
    year: fact('year'),
    date: fact('date'),
    dateLabel: fact('date-label'),
  };
}

/** The text of the <article> as displayed (blocks joined by a space, which search folds away), without editor's notes and other ignored parts, and its headings' offsets in it. */
export function articleText($: cheerio.CheerioAPI): { text: string; headings: { at: number; id: string; text: string }[] } {
  const article = $('article').first().clone();
  article.find('[data-pagefind-ignore]').remove();
  let text = '';
  const headings: { at: number; id: string; text: string }[] = [];
  article.children().each((_, el) => {
    const block = collapse($(el).text());
    if (!block) return;
    if (text) text += ' ';
    const id = $(el).attr('id');
    if (/^h[2-6]$/.test(el.tagName) && id) headings.push({ at: text.length, id, text: block });
    text += block;
  });
  return { text, headings };
}

/** The region filter's values for a path: every level, so ticking a province finds its cities' and districts' reports too. */
export function regionFilterValues(regionPath: string): string[] {
  const parts = regionPath.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The folded text a built report page's record is made of (code points): what pairWeights counts before the index is built. */
export const recordChars = (html: string): string[] => foldWithOrigins(articleText(cheerio.load(html)).text).chars;

/**
 * The search record, its words with their positions and the text chunks of a built report page;
 * `url` is the page's site path (/reports/<id>/; Pagefind adds the base it is loaded from),
 * `tripled` the index's tripled pairs.
 */
export function searchDataOf(html: string, url: string, tripled: ReadonlySet<string> = new Set()): { record: SearchRecord; words: Map<string, number[]>; chunks: TextChunk[] } {
  const $ = cheerio.load(html);
  const facts = reportFactsOf($);
  const { text, headings } = articleText($);
  const { chars, origin } = foldWithOrigins(text);
  // The folded offset each heading starts at: headings come in text order, so one walk finds them all.
  let i = 0;
  const foldedHeadings = headings.map((h) => {
    while (i < chars.length && origin[i] < h.at) i++;
    return [i, h.id, h.text] as const;
  });
  const starts: number[] = [];
  for (let start = 0; start === 0 || start < chars.length; start += CHUNK) starts.push(start);
  // Every chunk names its report's facts, so that a result needs no other file (Pagefind's fragment).
  const report = { title: facts.title, kindLabel: facts.kindLabel, region: facts.regionPath.split('/').at(-1)!, dateLabel: facts.dateLabel, chunks: starts.length };
  const chunks: TextChunk[] = [];
  // Chunk i holds folded offsets i·CHUNK to (i+1)·CHUNK + QUERY_MAX_LENGTH, so the chunk of an offset is ⌊offset / CHUNK⌋.
  for (const start of starts) {
    const end = Math.min(chars.length, start + CHUNK + QUERY_MAX_LENGTH);
    const before = foldedHeadings.filter(([at]) => at < start).at(-1);
    const inside = foldedHeadings.filter(([at]) => at >= start && at < end);
    chunks.push({
      text: text.slice(origin[start], origin[end]),
      headings: [...(before ? [before] : []), ...inside].map(([at, id, heading]) => [at - start, id, heading]),
      report,
    });
  }
  return {
    record: {
      url,
      content: INDEXED_WORD,
      language: 'zh-cn',
      // The merge names the record's fragment after the report (merge-bundles.ts); the search page reads nothing else of it.
      meta: { id: facts.id },
      filters: { region: regionFilterValues(facts.regionPath), kind: [facts.kind], year: [facts.year] },
      sort: { date: facts.date },
    },
    words: recordWords(chars, tripled),
    chunks,
  };
}
