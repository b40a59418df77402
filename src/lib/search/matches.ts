/**
 * From the positions Pagefind reports for a few words to the exact occurrences of a query in a
 * report (see words.ts for the layout of a record).
 */
import { countWord, isTripleWord, pairCountWord, pairWord, tripleWord } from './words.ts';

/** A word to look up and where, in the query, the pair or triple it stands for begins. */
export interface QueryPart {
  word: string;
  at: number;
}

/** Which pairs the index treats apart (words.ts), each given as its pair word. */
export interface PairKinds {
  /** The pairs with count words: the heavy ones and the tripled ones. */
  counted: (pair: string) => boolean;
  /** The tripled pairs, which the index knows only by their triples. */
  tripled: (pair: string) => boolean;
}

/** No pair treated apart: every pair is its own word. */
const plainPairs: PairKinds = { counted: () => false, tripled: () => false };

/**
 * The words a folded query (code points) needs: one count word for a single character, and for a
 * pair that has one (a heavy or tripled pair, words.ts); else the pairs at offsets 0, 2, 4, … and,
 * for an odd length, the last pair, so every character is covered (half as many words to fetch as
 * all the overlapping pairs; each costs an index chunk). A tripled pair is looked up as the triple
 * it begins at its place, or, as the last pair, as the triple it ends; a pair a triple already
 * covers is not looked up.
 */
export function queryParts(chars: readonly string[], { counted, tripled }: PairKinds = plainPairs): QueryPart[] {
  if (chars.length === 0) return [];
  if (chars.length === 1) return [{ word: countWord(chars[0]), at: 0 }];
  const pairAt = (at: number) => pairWord(chars[at], chars[at + 1]);
  if (chars.length === 2) return [{ word: counted(pairAt(0)) ? pairCountWord(pairAt(0)) : pairAt(0), at: 0 }];
  const parts: QueryPart[] = [];
  const add = (at: number) => {
    const before = parts.at(-1);
    if (!tripled(pairAt(at))) {
      // The last pair of an odd length may already be covered by the triple before it.
      if (!(before && isTripleWord(before.word) && before.at === at - 1)) parts.push({ word: pairAt(at), at });
      return;
    }
    const from = at + 2 < chars.length ? at : at - 1;
    if (before?.at === from) parts.pop();
    parts.push({ word: tripleWord(chars[from], chars[from + 1], chars[from + 2]), at: from });
  };
  for (let at = 0; at + 1 < chars.length; at += 2) add(at);
  const last = chars.length - 2;
  if (last % 2 === 1) add(last);
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
