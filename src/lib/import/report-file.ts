/**
 * One source text imported as a report: the MDX file (front matter from ./facts.ts, body from
 * ./mdx-text.ts), its repair list (the source's own metadata block is not report text) and the
 * name the source is kept under. Pure: the CLI (scripts/import.ts) reads and writes the files.
 */
import { parse, stringify } from 'yaml';
import type { Repair } from '../repairs.ts';
import { idProblems } from '../content-checks/report-ids.ts';
import { extractFacts, pathFacts } from './facts.ts';
import { bodyToMdx } from './mdx-text.ts';
import { regionSlug } from './regions.ts';
import { displayTitle } from '../report-names.ts';

export interface ImportedReport {
  /** The input file, as given. */
  file: string;
  id?: string;
  /** The name the source text is kept under, beside the report (content/sources/). */
  sourceName?: string;
  mdx?: string;
  repairs?: string;
  problems: string[];
  notes: string[];
}

/** The source's own metadata block (--- source: … title: … ---), if it has one. */
export function metadataBlock(text: string): { raw: string; end: number; data: Record<string, unknown> } | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const data: unknown = parse(m[1] ?? '', { schema: 'core' });
  return { raw: m[0], end: m[0].length, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

/**
 * The source's metadata block is not report text. When the page's title is the block's title
 * (the text prints none), the block is replaced by that title, which then stands in the source
 * where the page shows it; else the block is deleted.
 */
function metadataRepair(block: { raw: string }, keepTitle: string | undefined): Repair {
  const reason = '来源文件的元数据（网址、标题），已记入前置元数据';
  return keepTitle === undefined ? { kind: 'delete', text: block.raw, reason } : { kind: 'replace', from: block.raw, to: keepTitle, reason: `${reason}；其标题即报告标题` };
}

export function importReport(file: string, text: string): ImportedReport {
  const block = metadataBlock(text);
  const metaTitle = typeof block?.data.title === 'string' ? block.data.title.trim() : undefined;
  const address = typeof block?.data.source === 'string' ? block.data.source.trim() : undefined;
  const url = address && /^https?:\/\//.test(address) && URL.canParse(address) ? address : undefined;
  const lines = text.slice(block?.end ?? 0).split(/\r?\n/);
  const { facts, problems, notes } = extractFacts(lines, metaTitle, file);
  if (!url) notes.push(address ? `sourceUrl: the source's address ${JSON.stringify(address)} is not a web address` : 'sourceUrl: the source gives no address');
  if (problems.length) return { file, problems, notes };

  const { suffix } = pathFacts(file);
  const id = `${regionSlug(facts.region!)}-${facts.year}-${facts.kind}${suffix ? `-${suffix.toLowerCase()}` : ''}`;
  problems.push(...idProblems([{ file, id }]));
  const extension = /\.txt$/i.test(file) ? '.txt' : '.md';
  const sourceName = `${id}${extension}`;

  const repairs: Repair[] = block ? [metadataRepair(block, facts.titleLine === undefined ? facts.title : undefined)] : [];
  // Lines before the printed title (a dateline comment) follow the title and subtitle on the page.
  if (facts.linesBeforeTitle?.length) {
    const moved = facts.linesBeforeTitle.map((i) => lines[i].trim()).join('\n');
    const anchor = lines[facts.subtitleLine ?? facts.titleLine!].trim();
    if (count(text, moved) !== 1 || count(text, anchor) !== 1) problems.push(`the lines before the title (${moved.slice(0, 40)}) or the title cannot be named uniquely, so they cannot be moved after it`);
    repairs.push({ kind: 'move', text: moved, after: anchor, reason: '标题前的注释，页面上印在标题之后' });
  }
  if (problems.length) return { file, id, problems, notes };

  // A printed qualifier (摘要, 节选) tells two reports of one year apart; the site's name for a report must keep it.
  const qualifier = /（(?:摘要|节选|要点)）$/.exec(facts.title!)?.[0];
  const frontMatter = {
    title: facts.title,
    ...(qualifier ? { shortTitle: displayTitle({ region: facts.region!, kind: facts.kind!, date: new Date(facts.date!), shortTitle: undefined }) + qualifier } : {}),
    ...(facts.subtitle ? { subtitle: facts.subtitle } : {}),
    kind: facts.kind,
    region: facts.region,
    issuer: facts.issuer,
    date: facts.date,
    dateBasis: facts.dateBasis,
    ...(facts.dateNote ? { dateNote: facts.dateNote } : {}),
    ...(facts.occasion ? { occasion: facts.occasion } : {}),
    ...(facts.speaker ? { speaker: facts.speaker } : {}),
    source: sourceName,
    ...(url ? { sourceUrl: url } : {}),
    description: facts.description,
  };
  const body = lines.filter((_, i) => i !== facts.titleLine && i !== facts.subtitleLine);
  // Plain YAML scalars keep the date unquoted, which the report schema reads as a date.
  const mdx = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${bodyToMdx(body)}`;
  const repairList = stringify({ source: sourceName, repairs }, { lineWidth: 0 });
  return { file, id, sourceName, mdx, repairs: repairList, problems, notes };
}

/** The files of a batch that would get the same id as another, each with its problem. */
export function idClashes(reports: readonly ImportedReport[]): Map<string, string> {
  const byId = new Map<string, string[]>();
  for (const { id, file } of reports) if (id) byId.set(id, [...(byId.get(id) ?? []), file]);
  const clashes = new Map<string, string>();
  for (const [id, files] of byId) {
    if (files.length > 1) for (const file of files) clashes.set(file, `${files.filter((f) => f !== file).join(', ')} would also be report ${id}`);
  }
  return clashes;
}
