/**
 * Turns the lines of a plain-text or Markdown report into MDX that shows exactly the same
 * characters: section numbers become headings, `**bold**` stays bold, `- ` items stay list
 * items (the fidelity comparison treats these as markup), and everything else MDX or Markdown
 * would read as syntax is escaped, so `<!-- -->`, `<br>`, `{`, `}`, `[^1]`, a leading `1.` or `#`
 * all show as printed.
 */

const NUMERAL = '[一二三四五六七八九十百]+';
const SECTION = new RegExp(`^${NUMERAL}、`);
const SUBSECTION = new RegExp(`^[（(]${NUMERAL}[）)]`);
/** A plain line longer than this, or with a sentence before its end, is a paragraph that starts with a number. */
const MAX_HEADING = 40;

/** The heading level of a section title: 一、 → 2, （一） → 3; none for other text. */
export function sectionLevel(text: string): 2 | 3 | undefined {
  if (SECTION.test(text)) return 2;
  if (SUBSECTION.test(text)) return 3;
  return undefined;
}

/** Whether a plain line reads as a title rather than a paragraph: short, and no sentence ends before its end. */
function isTitleLike(text: string): boolean {
  return text.length <= MAX_HEADING && !/[。！？；][^。！？；]/.test(text);
}

/** Backslash-escapes what Markdown or MDX would read as syntax in running text. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&]/g, '\\$&');
}

/** Escapes what would start a block at the beginning of a line: a heading, list, rule, setext underline or numbered item. */
function escapeLineStart(text: string): string {
  return text.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Inline text with its `**bold**` spans kept (as <strong>, which closes after Chinese punctuation) and all else escaped. */
export function inlineMdx(text: string): string {
  const parts = text.split('**');
  // An unpaired ** is markup the comparison ignores, so it is dropped rather than shown.
  if (parts.length % 2 === 0) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
  const whole = parts.length === 3 && parts[0] === '' && parts[2] === '' && parts[1].trim() !== '';
  if (whole) return `**${escapeLineStart(escapeText(parts[1].trim()))}**`;
  return escapeLineStart(
    parts.map((part, i) => (i % 2 === 1 && part.trim() ? `<strong>${escapeText(part)}</strong>` : escapeText(part))).join(''),
  );
}

/** The text of a line as the fidelity comparison reads it: without `**` and the Markdown heading marks. */
export function plainLine(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** One source line as MDX blocks. */
export function lineToMdx(raw: string): string[] {
  const line = raw.trim();
  const atx = /^(#{1,6})\s+(.*)$/.exec(line);
  if (atx) {
    const text = plainLine(atx[2]);
    // The page's title is the only h1, so the report's own headings start at ##.
    const level = sectionLevel(text) ?? Math.max(2, atx[1].length);
    return [`${'#'.repeat(level)} ${escapeText(text)}`];
  }
  // A bold section title run together with its first paragraph (**一、…**过去一年…).
  const lead = /^\*\*([^*]+)\*\*(.*)$/.exec(line);
  if (lead && sectionLevel(lead[1].trim()) === 2 && lead[2].trim()) {
    return [`## ${escapeText(lead[1].trim())}`, inlineMdx(lead[2].trim())];
  }
  const text = plainLine(line);
  const level = sectionLevel(text);
  const bold = /^\*\*[^*]+\*\*$/.test(line);
  if (level && (bold || (!line.includes('**') && isTitleLike(text)))) return [`${'#'.repeat(level)} ${escapeText(text)}`];
  if (line.startsWith('- ')) return [`- ${inlineMdx(line.slice(2).trim())}`];
  return [inlineMdx(line)];
}

/** The body of a report as MDX: every non-empty line a block of its own, blocks separated by blank lines. */
export function bodyToMdx(lines: readonly string[]): string {
  return `${lines.filter((line) => line.trim()).flatMap(lineToMdx).join('\n\n')}\n`;
}
