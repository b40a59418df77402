/**
 * From the positions Pagefind reports for a few words to the exact occurrences of a query in a
 * report (see words.ts for the layout of a record).
 */
import { countWord, pairCountWord, pairWord } from './words.ts';

/** A word to look up and where, in the query, the pair it stands for begins. */
export interface QueryPart {
  word: string;
  at: number;
}

/**
 * The words a folded query (code points) needs: one count word for a single character, and for a
 * pair that `counted` says has one (a heavy pair, words.ts); else the pairs at offsets 0, 2, 4, …
 * and, for an odd length, the last pair, so every character is covered (half as many words to
 * fetch as all the overlapping pairs; each costs an index chunk).
 */
export function queryParts(chars: readonly string[], counted: (pair: string) => boolean = () => false): QueryPart[] {
  if (chars.length === 0) return [];
  if (chars.length === 1) return [{ word: countWord(chars[0]), at: 0 }];
  if (chars.length === 2 && counted(pairWord(chars[0], chars[1]))) return [{ word: pairCountWord(pairWord(chars[0], chars[1])), at: 0 }];
  const parts: QueryPart[] = [];
  for (let at = 0; at + 1 < chars.length; at += 2) parts.push({ word: pairWord(chars[at], chars[at + 1]), at });
  const last = chars.length - 2;
  if (last % 2 === 1) parts.push({ word: pairWord(chars[last], chars[last + 1]), at: last });
  return parts;
}

/**
 * Where a query of two or more characters begins in one record, in order: the offsets at which
 * every part's pair stands at its place. `positions` holds each part word's positions in the
 * record (a word not in the record has none).
 */
export function matchOffsets(parts: readonly QueryPart[], positions: ReadonlyMap<string, readonly number[]>): number[] {
  let starts: Set<number> | null = null;
  // The rarest word first, so the candidate set is small from the start.
  const ordered = [...parts].sort((a, b) => (positions.get(a.word)?.length ?? 0) - (positions.get(b.word)?.length ?? 0));
  for (const part of ordered) {
    const here = new Set<number>();
    // A pair word's position is the offset of its pair in the folded text.
    for (const position of positions.get(part.word) ?? []) {
      const start = position - part.at;
      if (start >= 0 && (starts === null || starts.has(start))) here.add(start);
    }
    starts = here;
    if (!starts.size) return [];
  }
  return [...(starts ?? [])].sort((a, b) => a - b);
}
