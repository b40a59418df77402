/** Text comparison for the fidelity check: markup and whitespace do not count, every character does. */

/** Removes the Markdown the source files carry (`#` headings, `**` bold, `- ` list items). */
export function stripSourceMarkup(source: string): string {
  return source
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/\*\*/g, '')
    .replace(/^[ \t]*- /gm, '');
}

/** Removes all whitespace, including ideographic and no-break spaces. */
export function compact(text: string): string {
  return text.replace(/[\s\u3000\u00A0\u200B]+/gu, '');
}

export interface Divergence {
  /** Offset into the compacted texts where they first differ. */
  offset: number;
  expected: string;
  actual: string;
}

/** The first place where two compacted texts differ, or null when they are equal. */
export function firstDivergence(expected: string, actual: string, context = 40): Divergence | null {
  if (expected === actual) return null;
  let offset = 0;
  while (offset < expected.length && expected[offset] === actual[offset]) offset++;
  const from = Math.max(0, offset - context);
  return {
    offset,
    expected: `${expected.slice(from, offset)}⟦${expected.slice(offset, offset + context)}`,
    actual: `${actual.slice(from, offset)}⟦${actual.slice(offset, offset + context)}`,
  };
}
