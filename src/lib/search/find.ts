/** Finding a folded query in displayed text, the way search and the report page's find bar compare them. */
import { foldWithOrigins } from './fold.ts';

export interface Match {
  /** Offsets into the displayed text (UTF-16). */
  start: number;
  end: number;
}

/** Every occurrence of a folded query in a text, left to right, not overlapping; whitespace inside a match and full-width forms match too. */
export function findAll(text: string, foldedQuery: string): Match[] {
  if (!foldedQuery) return [];
  const { chars, origin } = foldWithOrigins(text);
  const folded = chars.join('');
  // Offsets in `folded` are in UTF-16 units; map them back to code point indexes for `origin`.
  const pointAt: number[] = [];
  chars.forEach((char, i) => {
    for (let k = 0; k < char.length; k++) pointAt.push(i);
  });
  pointAt.push(chars.length);
  const matches: Match[] = [];
  for (let at = folded.indexOf(foldedQuery); at >= 0; at = folded.indexOf(foldedQuery, at + foldedQuery.length)) {
    const first = pointAt[at];
    const last = pointAt[at + foldedQuery.length - 1];
    const lastOrigin = origin[last];
    matches.push({ start: origin[first], end: lastOrigin + String.fromCodePoint(text.codePointAt(lastOrigin)!).length });
  }
  return matches;
}
