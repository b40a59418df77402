/** The excerpt a search result shows: text around a match, with every occurrence in it marked. */
import type { Occurrence } from './find.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Up to `radius` characters either side of `around`, cut with an ellipsis where the text goes on,
 * every match that lies wholly inside marked (an occurrence cut by the edge is not marked, so a
 * mark always holds the whole query).
 */
export function excerptParts(text: string, matches: readonly Occurrence[], around: Occurrence, radius = 40): ExcerptPart[] {
  const from = Math.max(0, around.start - radius);
  const to = Math.min(text.length, around.end + radius);
  const parts: ExcerptPart[] = [];
  let at = from;
  for (const match of matches) {
    if (match.start < from || match.end > to) continue;
    if (match.start > at) parts.push({ text: text.slice(at, match.start), marked: false });
    parts.push({ text: text.slice(match.start, match.end), marked: true });
    at = match.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), marked: false });
  if (from > 0) parts.unshift({ text: '…', marked: false });
  if (to < text.length) parts.push({ text: '…', marked: false });
  return parts;
}
