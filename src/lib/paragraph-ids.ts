/**
 * Stable ids for the paragraphs of a report, so that a link to a paragraph
 * keeps working: the id is a hash of the paragraph's own text (whitespace
 * aside), so it survives rebuilds and edits to other paragraphs. A paragraph
 * whose text repeats an earlier one gets -2, -3…. Other citable blocks (list items, glossary
 * entries) take a prefix of their own, so adding them never renumbers a paragraph.
 */
import { createHash } from 'node:crypto';
import { compact } from './fidelity.ts';

export function paragraphIds(texts: readonly string[], prefix = 'p'): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = `${prefix}-${createHash('sha256').update(compact(text)).digest('hex').slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
