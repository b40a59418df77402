/**
 * Turns a built report page into the records of the search index: one record
 * per section (the text from one heading to the next), so that a result can
 * link to the section that holds the match.
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

export interface Section {
  /** The heading's id, or '' for the text before the first heading. */
  anchor: string;
  heading: string;
  /** The section's text as displayed, whitespace collapsed. */
  text: string;
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
  const sections: Section[] = [{ anchor: '', heading: '', text: '' }];
  article.children().each((_, el) => {
    const block = $(el);
    const text = collapse(block.text());
    if (/^h[2-6]$/.test(el.tagName) && block.attr('id')) {
      sections.push({ anchor: block.attr('id')!, heading: text, text });
    } else if (text) {
      const current = sections[sections.length - 1];
      current.text = current.text ? `${current.text} ${text}` : text;
    }
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

/** One search record per section; each is indexed with the start of the next section too. */
export function recordsOf(html: string, pageUrl: string): SearchRecord[] {
  const facts = reportFactsOf(html);
  const sections = sectionsOf(html);
  return sections.map((section, i) => {
    const next = sections[i + 1] ? Array.from(sections[i + 1].text).slice(0, OVERLAP).join('') : '';
    return {
      url: section.anchor ? `${pageUrl}#${section.anchor}` : pageUrl,
      content: indexWords(foldForSearch(section.text + next)).join(' '),
      language: 'zh-cn',
      meta: {
        title: facts.title,
        section: section.heading,
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
