/**
 * The entries of a report's contents. A heading whose text repeats in the
 * contents (the newspaper specials' 报告点击 and 连线场外 under each 关键词)
 * cannot be told apart there, so it takes its context: the label of the
 * nearest higher-level heading before it. A newspaper's section heading is a
 * label and a title separated by an ideographic space (关键词1　“三个高地”建设),
 * and the label (关键词1) is context enough. Where heading and context still
 * repeat (a keyword whose own heading is missing from the source), the later
 * entries are numbered.
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry extends Heading {
  /** The label of the section the heading belongs to, for a heading whose text repeats. */
  context?: string;
  /** 2, 3, … for the second, third… entry with the same heading and context. */
  repeat?: number;
}

/** A heading's label: its text up to the first ideographic space. */
export function headingLabel(text: string): string {
  return text.split('\u3000')[0].trim();
}

export function contentsEntries(headings: readonly Heading[]): ContentsEntry[] {
  const count = (text: string) => headings.filter((h) => h.text === text).length;
  const seen = new Map<string, number>();
  return headings.map((heading, i) => {
    if (count(heading.text) < 2) return { ...heading };
    const parent = headings.slice(0, i).findLast((h) => h.depth < heading.depth);
    const context = parent && headingLabel(parent.text);
    const key = `${context}\n${heading.text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { ...heading, ...(context && { context }), ...(n > 1 && { repeat: n }) };
  });
}
