/**
 * Turns a built report page into the records of the search index: one record
 * per part (the text from one h2 heading to the next), which carries the
 * offsets of every heading inside it, so that a result can link to the
 * (sub)section that holds the match. Parts rather than every subsection keep
 * the number of records, and with it Pagefind's per-record files, small.
 */
import * as cheerio from 'cheerio';
import { foldForSearch, indexWords } from './search-tokens.ts';

/**
 * How many characters of the next section each record also holds, so that a
 * string crossing a section boundary (a sentence and the heading after it)
 * is still found: any such string whose part after the boundary is at most
 * this long.
 */
export const OVERLAP = 60;

export interface Heading {
  /** Offset of the heading in its section's text. */
  at: number;
  id: string;
  text: string;
}

export interface Section {
  /** The h2 heading's id, or '' for the text before the first h2. */
  anchor: string;
  /** The section's text as displayed, whitespace collapsed. */
  text: string;
  /** The headings in the section, the h2 first, with their offsets. */
  headings: Heading[];
}

export interface ReportFacts {
  id: string;
  title: string;
  region: string;
  kind: string;
  kindLabel: string;
  year: string;
  dateLabel: string;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sections of the page's <article>, without editor's notes and other ignored parts. */
export function sectionsOf(html: string): Section[] {
  const $ = cheerio.load(html);
  const article = $('article').first();
  article.find('[data-pagefind-ignore]').remove();
  const sections: Section[] = [{ anchor: '', text: '', headings: [] }];
  article.children().each((_, el) => {
    const block = $(el);
    const text = collapse(block.text());
    const id = block.attr('id');
    if (el.tagName === 'h2' && id) sections.push({ anchor: id, text: '', headings: [] });
    if (!text) return;
    const current = sections[sections.length - 1];
    if (current.text) current.text += ' ';
    if (/^h[2-6]$/.test(el.tagName) && id) current.headings.push({ at: current.text.length, id, text });
    current.text += text;
  });
  return sections.filter((s) => s.text);
}

/** The facts about a report that results show and filter by, from the <article>'s data attributes. */
export function reportFactsOf(html: string): ReportFacts {
  const $ = cheerio.load(html);
  const article = $('article').first();
  const fact = (name: string) => {
    const value = article.attr(`data-report-${name}`);
    if (!value) throw new Error(`the <article> has no data-report-${name}`);
    return value;
  };
  return {
    id: fact('id'),
    title: fact('title'),
    region: fact('region'),
    kind: fact('kind'),
    kindLabel: fact('kind-label'),
    year: fact('year'),
    dateLabel: fact('date-label'),
  };
}

/** The search records of a built report page. */
export function recordsOf(html: string, pageUrl: string): SearchRecord[] {
  return recordsFor(reportFactsOf(html), sectionsOf(html), pageUrl);
}

/** One search record per section; each is indexed with the start of the next section too. */
export function recordsFor(facts: ReportFacts, sections: Section[], pageUrl: string): SearchRecord[] {
  return sections.map((section, i) => {
    const next = sections[i + 1] ? Array.from(sections[i + 1].text).slice(0, OVERLAP).join('') : '';
    return {
      url: section.anchor ? `${pageUrl}#${section.anchor}` : pageUrl,
      content: indexWords(foldForSearch(section.text + next)).join(' '),
      language: 'zh-cn',
      meta: {
        title: facts.title,
        headings: JSON.stringify(section.headings.map((h) => [h.at, h.id, h.text])),
        text: section.text,
        next,
        dateLabel: facts.dateLabel,
        kindLabel: facts.kindLabel,
        region: facts.region,
        report: facts.id,
      },
      filters: { region: [facts.region], kind: [facts.kind], year: [facts.year], report: [facts.id] },
    };
  });
}
