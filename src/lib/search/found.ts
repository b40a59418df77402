/**
 * Which reports hold a query, how often, and where first: from what Pagefind returns for each
 * word a query needs (the positions of that word in each record), exactly (see words.ts).
 */
import { matchOffsets, queryParts, type PairKinds } from './matches.ts';
import { countFromPositions, isCountWord, mayShareAPosition } from './words.ts';

/** What Pagefind says of one word: for each record (by id), the word's positions in it. */
export type WordHits = ReadonlyMap<string, readonly number[]>;

/** Pagefind's answer for some words: the records that hold every one of them, each with the positions of all of them. */
export type SearchWords = (words: readonly string[]) => Promise<WordHits>;

/**
 * Each word's positions in every record that may hold all the words, asking Pagefind as little as
 * it can. Pagefind answers with every position of a word in every record that holds it, and that
 * answer is what costs: a common pair such as 经济 is at 49,000 positions in 765 reports and takes
 * 300 ms to answer. Asked for several words, it answers only for the records that hold all of
 * them, with all their positions in one list. So each word at least twice as heavy as the lightest
 * (by `weight`, the index's count of its positions) is asked together with it: the answer's
 * positions that are not the lightest word's are that word's (a position holds one word), in the
 * records the lightest word is in, the only ones that can hold the query. A word about as heavy
 * is asked alone: with the lightest, its answer would repeat the lightest word's positions and
 * hold nearly as many of its own. The lightest word is asked alone too, unless two words are asked
 * with it: its positions are then those their two answers share (each holds them, and no other
 * word is in both). A word that may stand at another's positions (a pair and a triple beginning
 * with it, mayShareAPosition) is never asked with it, as its own would be lost.
 */
export async function wordHits(words: readonly string[], weight: (word: string) => number, search: SearchWords): Promise<Map<string, WordHits>> {
  const [lightest, ...others] = [...new Set(words)].sort((a, b) => weight(a) - weight(b));
  if (lightest === undefined) return new Map();
  const withLightest = others.map((word) => 2 * weight(lightest) < weight(word) && !mayShareAPosition(lightest, word));
  // The words asked with the lightest, by their place in `others`; the first two that cannot share a position tell the lightest's positions.
  const partners = others.flatMap((_, i) => (withLightest[i] ? [i] : []));
  const second = partners.find((i) => i !== partners[0] && !mayShareAPosition(others[partners[0]], others[i]));
  const [asked, ...answers] = await Promise.all([second === undefined ? search([lightest]) : undefined, ...others.map((word, i) => search(withLightest[i] ? [lightest, word] : [word]))]);
  const alone = asked ?? positionsAgainst(answers[partners[0]], answers[second!], true);
  const hits = new Map<string, WordHits>([[lightest, alone]]);
  others.forEach((word, i) => hits.set(word, withLightest[i] ? positionsAgainst(answers[i], alone, false) : answers[i]));
  return hits;
}

/** In each record both answers hold, the positions of `a` that are (`shared`) or are not in `b`'s. */
function positionsAgainst(a: WordHits, b: WordHits, shared: boolean): Map<string, number[]> {
  const kept = new Map<string, number[]>();
  for (const [id, positions] of a) {
    const there = b.get(id);
    if (!there) continue;
    const inB = new Set(there);
    kept.set(id, positions.filter((position) => inB.has(position) === shared));
  }
  return kept;
}

export interface Found {
  /** Pagefind's record id. */
  id: string;
  /** Occurrences of the query (of all its forms) in the report. */
  count: number;
  /** The form of the query found first, and its folded offset in the report's text (null: a query answered by a count word, whose place the index does not keep). */
  first: { variant: string; offset: number | null };
}

/** How many of the (sorted) offsets of a query of `length` characters can be taken left to right without overlapping: the count Ctrl+F and the find bar give (发发 is in 发发发 once). */
export function nonOverlapping(offsets: readonly number[], length: number): number {
  let count = 0;
  let free = 0;
  for (const offset of offsets) {
    if (offset < free) continue;
    count++;
    free = offset + length;
  }
  return count;
}

/** The reports holding a folded query; `hits(word)` gives Pagefind's answer for a word, `kinds` the pairs the index treats apart (queryParts). */
export function foundFor(variant: string, hits: (word: string) => WordHits, kinds?: PairKinds): Found[] {
  const chars = Array.from(variant);
  const parts = queryParts(chars, kinds);
  if (!parts.length) return [];
  if (parts.length === 1 && isCountWord(parts[0].word)) {
    return [...hits(parts[0].word)].flatMap(([id, positions]) => {
      const count = countFromPositions([...positions].sort((a, b) => a - b));
      return count ? [{ id, count, first: { variant, offset: null } }] : [];
    });
  }
  // Only records holding every word can hold the query; start from the rarest word.
  const byWord = new Map(parts.map((p) => [p.word, hits(p.word)]));
  const [rarest, ...others] = [...byWord.values()].sort((a, b) => a.size - b.size);
  const found: Found[] = [];
  for (const id of rarest.keys()) {
    if (!others.every((h) => h.has(id))) continue;
    const positions = new Map([...byWord].map(([word, h]) => [word, h.get(id) ?? []]));
    const offsets = matchOffsets(parts, positions);
    if (offsets.length) found.push({ id, count: nonOverlapping(offsets, chars.length), first: { variant, offset: offsets[0] } });
  }
  return found;
}

/**
 * The reports holding any form of the query, most occurrences first; `order` (Pagefind's order of
 * the records, newest first) breaks ties. Counts of different forms add up (they are different strings).
 */
export function mergeFound(lists: readonly Found[][], order: (id: string) => number): Found[] {
  const merged = new Map<string, Found>();
  for (const list of lists) {
    for (const found of list) {
      const seen = merged.get(found.id);
      merged.set(found.id, seen ? { ...seen, count: seen.count + found.count } : found);
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || order(a.id) - order(b.id));
}
