/**
 * Finding a query in a report's text the way Ctrl+F does, with the folding of fold.ts: every
 * occurrence, as offsets into the displayed text, so whitespace and line breaks inside a match,
 * full-width forms and case do not matter.
 */
import { foldChar, foldWithOrigins, type FoldedText } from './fold.ts';

/** The longest query, in folded characters (code points), that is looked for: longer ones are cut. */
export const QUERY_MAX_LENGTH = 100;

/** An occurrence: offsets (UTF-16) into the text, `end` exclusive. */
export interface Occurrence {
  start: number;
  end: number;
}

/**
 * A query as typed or as carried in a URL, folded and cut to QUERY_MAX_LENGTH folded characters;
 * empty when nothing is left (only whitespace or format characters). Stops reading once the cap is
 * reached, so a huge value costs no more than a short one.
 */
export function foldQuery(raw: string): string {
  let folded = '';
  let length = 0;
  for (const char of raw) {
    for (const piece of foldChar(char)) {
      if (length === QUERY_MAX_LENGTH) return folded;
      folded += piece;
      length++;
    }
  }
  return folded;
}

/**
 * Every occurrence of an already folded query in a text, left to right and not overlapping. A
 * match covers whole characters of the text: from the first character that folds into it to the
 * end of the last one. A caller that also needs the folded text passes it (`folded`), so the text
 * is folded once.
 */
export function findAll(text: string, foldedQuery: string, folded: FoldedText = foldWithOrigins(text)): Occurrence[] {
  const query = Array.from(foldedQuery);
  if (!query.length) return [];
  const { chars, origin } = folded;
  const found: Occurrence[] = [];
  let at = 0;
  while (at + query.length <= chars.length) {
    let k = 0;
    while (k < query.length && chars[at + k] === query[k]) k++;
    if (k < query.length) {
      at++;
      continue;
    }
    const last = origin[at + query.length - 1];
    const end = last + String.fromCodePoint(text.codePointAt(last)!).length;
    found.push({ start: origin[at], end });
    // The next match starts after this one in the text, not only in the folded characters.
    at += query.length;
    while (at < chars.length && origin[at] < end) at++;
  }
  return found;
}

/** The index of the first occurrence that starts at or after `offset`; 0 (the first) when none does, as a find bar wraps around. */
export function firstFrom(occurrences: readonly Occurrence[], offset: number): number {
  const i = occurrences.findIndex((o) => o.start >= offset);
  return i < 0 ? 0 : i;
}
