/**
 * What an imported report's front matter says, read from the text where the text says it:
 * the title, the occasion line (——2024年3月5日在…会议上), the speaker line (国务院总理　李强),
 * the first sentence, and from the file's place in the corpus (…/<省>/<year>.md) what the text
 * leaves out. What cannot be determined is reported, never guessed.
 */
import type { ReportKind } from '../../content/schema.ts';
import { plainLine, sectionLevel } from './mdx-text.ts';
import { STATE_COUNCIL } from '../regions.ts';
import { PROVINCES, provinceOf, splitPlace } from './regions.ts';

export interface Facts {
  title?: string;
  /** Index (into the body lines) of the line printed as the title, when the text prints one. */
  titleLine?: number;
  /** Lines before the printed title (comments), which the page shows after it. */
  linesBeforeTitle?: number[];
  subtitle?: string;
  subtitleLine?: number;
  date?: string;
  dateBasis?: 'printed' | 'inferred';
  dateNote?: string;
  year?: number;
  occasion?: string;
  speaker?: { name: string; role: string };
  region?: string[];
  issuer?: string;
  kind?: ReportKind;
  description?: string;
}

export interface FactsResult {
  facts: Facts;
  /** What is wrong or missing so that no report can be written. */
  problems: string[];
  /** What the text does not say (optional fields left out, a date known only by its year). */
  notes: string[];
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一九六四 (or 二0一四, as some sources print it) → 1964 (digit by digit); 二十一 → 21, 十二 → 12 (with 十). */
export function chineseNumber(text: string): number {
  if (!text.includes('十')) return Number([...text].map((c) => DIGITS[c]).join(''));
  const [tens, ones] = text.split('十');
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first full date in a line, in Arabic or Chinese numerals, as YYYY-MM-DD. */
export function findDate(line: string): string | undefined {
  let m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  m = /([〇零0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(line);
  if (m) return `${chineseNumber(m[1])}-${pad(chineseNumber(m[2]))}-${pad(chineseNumber(m[3]))}`;
  return undefined;
}

/** The session named in a line: 在福建省第十四届人民代表大会第二次会议上 → 福建省第十四届人民代表大会第二次会议. */
export function findOccasion(line: string): string | undefined {
  return /在(.+?(?:会议|大会))上/.exec(line)?.[1];
}

const ROLE = '(?:总理|省长|主席|市长|区长|县长|州长|盟长|旗长|主任)';

/** A speaker as printed on a line of its own (国务院总理　李强) or after the session (…会议上 省长巴音朝鲁）). */
export function findSpeaker(line: string): { name: string; role: string } | undefined {
  const tail = line.includes('会议上') ? line.slice(line.indexOf('会议上') + 3).replace(/[）)]$/, '').trim() : line;
  const m = new RegExp(`^(\\S{0,16}?${ROLE})[\\s　]*([\\u4e00-\\u9fff·]{2,12})$`).exec(tail);
  return m ? { role: m[1], name: m[2] } : undefined;
}

/** The first sentence of a paragraph, markup removed. */
export function firstSentence(paragraph: string): string {
  const text = paragraph.replace(/\*\*/g, '').trim();
  return /^.*?[。！？]/.exec(text)?.[0] ?? text;
}

function kindOf(title: string): ReportKind | undefined {
  if (/预算/.test(title)) return 'budget-report';
  if (/计划/.test(title)) return 'annual-plan-report';
  if (/工作报告/.test(title)) return 'government-work-report';
  return undefined;
}

/** What the file's place says: …/政府工作报告-国务院/2024.md, …/<省>/2024.md, …/<市>/2024.md (the city's province added). */
export function pathFacts(file: string): { region?: string[]; year?: number; suffix?: string; kind?: ReportKind } {
  const parts = file.split(/[\\/]/);
  const stem = /^(\d{4})(?:-(.+))?$/.exec(parts.at(-1)!.replace(/\.[^.]+$/, ''));
  const folders = parts.slice(0, -1);
  const city = folders.findLast((f) => provinceOf(f));
  const cityProvince = city && provinceOf(city);
  const province = folders.find((f) => f in PROVINCES) ?? cityProvince;
  const region = province ? (city && cityProvince === province ? [province, city] : [province]) : undefined;
  return {
    region: folders.some((f) => f.includes(STATE_COUNCIL)) ? [STATE_COUNCIL] : region,
    year: stem ? Number(stem[1]) : undefined,
    suffix: stem?.[2],
    kind: folders.some((f) => f.includes('政府工作报告')) ? 'government-work-report' : undefined,
  };
}

const isSalutation = (text: string) => /^各位代表[：:，,]?$/.test(text);
/** The header ends where the speech begins; nothing past this many lines is read as title, date or speaker. */
const HEADER_LINES = 8;

/** Facts from the body lines (the source without its metadata block), its metadata title, and its file path. */
export function extractFacts(lines: readonly string[], metadataTitle: string | undefined, file: string): FactsResult {
  const facts: Facts = {};
  const problems: string[] = [];
  const notes: string[] = [];
  const filled = lines.map((line, i) => ({ i, text: plainLine(line) })).filter(({ text }) => text);
  const speechStart = filled.findIndex(({ text }) => text.startsWith('各位代表') || sectionLevel(text) !== undefined);
  const header = filled.slice(0, Math.min(HEADER_LINES, speechStart < 0 ? HEADER_LINES : speechStart));

  // A comment (a wire service's dateline, a photo caption) may stand before the printed title.
  const first = header.find(({ text }) => !text.startsWith('<!--'));
  if (first && /报告/.test(first.text) && first.text.length <= 40 && !findDate(first.text)) {
    facts.title = first.text;
    facts.titleLine = first.i;
    facts.linesBeforeTitle = header.filter(({ i }) => i < first.i).map(({ i }) => i);
  } else if (metadataTitle) {
    facts.title = metadataTitle;
  } else problems.push('title: the text prints none on its first line and the source gives no title');

  // A dated line right after the title (the session line) is printed as the subtitle.
  const dated = header.find(({ text }) => !text.startsWith('<!--') && findDate(text));
  const afterTitle = header[header.findIndex(({ i }) => i === facts.titleLine) + 1];
  if (afterTitle && afterTitle === dated && afterTitle.text.length <= 80) {
    facts.subtitle = afterTitle.text;
    facts.subtitleLine = afterTitle.i;
  }
  for (const [k, { text }] of header.entries()) {
    // The session line may run on to the next (——2024年1月31日在东莞市第十七届人民代表大会 / 第四次会议上).
    facts.occasion ??= findOccasion(text) ?? (header[k + 1] && findOccasion(text + header[k + 1].text));
    facts.speaker ??= findSpeaker(text);
  }

  const fromPath = pathFacts(file);
  // The source's own title may carry the date the text leaves out (湖北省政府工作报告（2022年1月20日 王忠林）).
  const printedDate = (dated && findDate(dated.text)) || (metadataTitle && findDate(metadataTitle));
  const titleYear = facts.title && /(\d{4})年/.exec(facts.title)?.[1];
  if (printedDate) {
    facts.date = printedDate;
    facts.dateBasis = 'printed';
  } else {
    const year = titleYear ? Number(titleYear) : fromPath.year;
    if (year) {
      facts.date = `${year}-01-01`;
      facts.dateBasis = 'inferred';
      facts.dateNote = titleYear ? '原文只写明年份（见标题），日期记为该年1月1日' : '原文未写明日期，年份据来源文件名，日期记为该年1月1日';
      notes.push(`date: the text gives no day; written ${facts.date} (inferred, from the ${titleYear ? 'title' : 'file name'})`);
    } else problems.push('date: the text gives no date and no year');
  }
  if (facts.date) {
    facts.year = Number(facts.date.slice(0, 4));
    if (fromPath.year && fromPath.year !== facts.year) problems.push(`date: the text says ${facts.date}, the file name says ${fromPath.year}`);
  }

  // The region: the session's place as printed (株洲市荷塘区第六届…), else the corpus folder.
  // The place before 第…届, without a date printed before it (在2013年1月23日山西省第十二届…).
  const place = facts.occasion && /^(.*?)第[一二三四五六七八九十]+届/.exec(facts.occasion)?.[1].replace(/^.*日在?/, '');
  const national = facts.occasion?.includes('全国人民代表大会');
  const pathRegion = fromPath.region;
  // 在省第十一届人民代表大会… names the province only by its level: the folder names it.
  const samePlace = place && /^(?:省|自治区|市)$/.test(place) && pathRegion && pathRegion[0] !== STATE_COUNCIL;
  const fromText = national ? [STATE_COUNCIL] : samePlace ? pathRegion : place ? splitPlace(place) : [];
  if (place && !fromText.length) problems.push(`region: cannot read the place "${place}" of the session`);
  const isProvince = (name: string) => name === STATE_COUNCIL || name in PROVINCES;
  if (fromText.length && pathRegion && fromText[0] !== pathRegion[0] && (isProvince(fromText[0]) || pathRegion[0] === STATE_COUNCIL)) {
    problems.push(`region: the session is in ${fromText.join('')}, the folder says ${pathRegion.join('')}`);
  } else if (fromText.length || pathRegion) {
    // A city or district session in a province's folder: the folder adds the province the text leaves out.
    const region = !fromText.length ? pathRegion! : pathRegion && !isProvince(fromText[0]) ? [...pathRegion, ...fromText] : fromText;
    facts.region = region;
    // Named as the place is printed, else by its levels below the province (株洲市荷塘区人民政府, not 湖南省株洲市…).
    facts.issuer = region[0] === STATE_COUNCIL ? STATE_COUNCIL : `${place && !samePlace ? place : region.slice(region.length > 1 ? 1 : 0).join('')}人民政府`;
  } else problems.push('region: neither the session line nor the folder names it');

  facts.kind = (facts.title && kindOf(facts.title)) || (metadataTitle && kindOf(metadataTitle)) || fromPath.kind;
  if (!facts.kind) problems.push('kind: the title names no government work report, plan or budget');

  const opening = filled.slice(header.length).find(({ text }) => !isSalutation(text) && !sectionLevel(text) && !text.startsWith('<!--'));
  if (opening) facts.description = firstSentence(opening.text);
  else problems.push('description: the text has no paragraph');

  if (!facts.occasion) notes.push('occasion: the text names no session');
  if (!facts.speaker) notes.push('speaker: the text names no speaker with a role');
  return { facts, problems, notes };
}
