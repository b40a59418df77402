/**
 * The preset dictionary the search text chunks are compressed with (text-packing.ts): the strings
 * that recur across reports, so that a chunk of 1,500 characters need not spell out 人民政府,
 * 高质量发展 or 各位代表 on its own. Government reports share much of their wording, so a fixed
 * dictionary drawn once from a real corpus (scripts/make-text-dictionary.ts) serves any region's
 * reports; it is committed as text-dictionary.txt, so builds neither train nor change it.
 *
 * Written here because nothing on npm trains a deflate dictionary (zstd's trainer writes its own
 * format); the method is the usual greedy one: the substrings found in the most documents, longest
 * gains first, none that the dictionary already holds.
 */

/**
 * Characters of dictionary at most. Deflate reaches 32 KB back; a chunk is about 3.5 KB in UTF-16,
 * so a dictionary of 28 KB stays in reach to the chunk's end.
 */
export const DICTIONARY_CHARS = 14_000;

/** The substring lengths counted, in characters: short words up to common phrases. */
const LENGTHS = [2, 3, 4, 6, 8, 12];

/**
 * A dictionary for texts like these: their most common substrings (in at least `minDocuments`
 * texts), each counted once per text it is in and valued by the bytes it saves, most valuable
 * last (nearest the chunk, where deflate's distances are cheapest), at most `maxChars` in all.
 */
export function trainTextDictionary(texts: readonly string[], maxChars = DICTIONARY_CHARS, minDocuments = Math.max(2, Math.ceil(texts.length / 20))): string {
  const documents = new Map<string, number>();
  for (const text of texts) {
    const chars = Array.from(text.replace(/\s+/g, ''));
    const seen = new Set<string>();
    for (const length of LENGTHS) for (let i = 0; i + length <= chars.length; i++) seen.add(chars.slice(i, i + length).join(''));
    for (const piece of seen) documents.set(piece, (documents.get(piece) ?? 0) + 1);
  }
  // A match saves the piece's literals less the cost of a match, about two characters' worth.
  const ranked = [...documents]
    .filter(([, count]) => count >= minDocuments)
    .map(([piece, count]) => ({ piece, value: count * (3 * Array.from(piece).length - 2) }))
    .sort((a, b) => b.value - a.value || (a.piece < b.piece ? -1 : 1));
  const chosen: string[] = [];
  let held = '';
  let size = 0;
  for (const { piece } of ranked) {
    const length = Array.from(piece).length;
    if (size + length > maxChars) break;
    if (held.includes(piece)) continue;
    chosen.push(piece);
    held += `\n${piece}`;
    size += length;
  }
  return chosen.reverse().join('');
}
