/**
 * The words the search index is made of, so that search behaves like Ctrl+F whatever word
 * segmentation would say (Pagefind segments Chinese into words; upstream issues #987, #1237).
 *
 * A report is one Pagefind record whose words, in order, are:
 * - at position i, the pair of folded characters starting at offset i (the last one paired with nothing),
 * - for each distinct character, its count word, then as many fillers as it has occurrences less
 *   one, then its count word again.
 * Every string of two or more characters is then a chain of pair words at known positions, so the
 * browser finds its exact occurrences by intersecting the positions of every other pair of it
 * (see matches.ts). A single character is its count word: the distance between its two positions
 * is the number of occurrences. A pair so common that its positions fill an index chunk on their
 * own (the heavy words of WORD_WEIGHTS_FILE) also has a count word, which the merge adds
 * (pairCountWord), so that a query of just that pair (建设) need not fetch every position of it.
 * Fillers are punctuation, which Pagefind drops from the index while still counting it as a
 * position, so the counts cost the indexer one entry of two positions per character, not a
 * position per occurrence (Pagefind's memory and time grow with stored positions, its size with
 * entries). The merged index keeps only that distance (`keptLocations`).
 *
 * Words are ASCII (Pagefind drops punctuation and segments Chinese, but leaves [0-9a-z] alone):
 * each character is three base-36 digits of a dense numbering of the ranges reports use, so a
 * pair word has six characters; count words are `z` + three digits and a pair's count word is `zz` +
 * its six, and no character code starts with `z`, so no word is a prefix of a word of another kind
 * (Pagefind matches prefixes).
 */

/** The code point ranges numbered densely, in order; everything else shares the remaining codes. */
const RANGES: readonly [number, number][] = [
  [0x0000, 0x02ff], // ASCII, Latin-1, Latin Extended
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x2000, 0x2bff], // punctuation, symbols, arrows, box drawing, maths
  [0x3000, 0x33ff], // CJK symbols and punctuation, kana, enclosed and compatibility forms
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms
];
/** Codes below this start with a digit from 0 to y: 35 × 36 × 36. */
const CODES = 35 * 36 * 36;
const DENSE = RANGES.reduce((n, [from, to]) => n + to - from + 1, 0);

/**
 * A character's three-digit code. Characters outside the ranges (astral ideographs in some names,
 * emoji) share codes, so a string holding one may, very rarely, also match a string with another
 * such character in its place.
 */
export function charCode(char: string): string {
  const point = char.codePointAt(0)!;
  let base = 0;
  let n = DENSE + (point % (CODES - DENSE));
  for (const [from, to] of RANGES) {
    if (point >= from && point <= to) {
      n = base + point - from;
      break;
    }
    base += to - from + 1;
  }
  return n.toString(36).padStart(3, '0');
}

/** Pairs the last character of a text with nothing; folded text holds no control characters, so no real pair has it. */
const END = '\u0000';

/** Takes a position in a record without being indexed. */
const FILLER = '-';

export const pairWord = (a: string, b: string = END): string => charCode(a) + charCode(b);
export const countWord = (char: string): string => `z${charCode(char)}`;
/** The count word of a heavy pair (given as its pair word), added by the merge: one position, the pair's count. */
export const pairCountWord = (pair: string): string => `zz${pair}`;

/** The words of a record for a folded text (given as code points), in order. */
export function recordWords(chars: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < chars.length; i++) words.push(pairWord(chars[i], chars[i + 1]));
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const [char, count] of counts) words.push(countWord(char), ...Array<string>(count - 1).fill(FILLER), countWord(char));
  return words;
}

export const isCountWord = (word: string): boolean => word.startsWith('z');

/**
 * What the merged index keeps of a word's locations in a record, as Pagefind writes them: a weight
 * marker (negative), then the positions as deltas from the one before. The markers go, since every
 * word here weighs the same; a count word keeps only its second delta, the distance between its two
 * positions, which is its character's count. So Pagefind hands the search page that count as the
 * count word's one position, and the index spends no absolute position on it (3 KB a report).
 */
export function keptLocations(word: string, locations: readonly number[]): number[] {
  const deltas = locations.filter((location) => location >= 0);
  return isCountWord(word) ? deltas.slice(1) : deltas;
}

/** The number of occurrences of a character, or of a heavy pair, from its count word's one position in the merged index (see keptLocations). */
export function countFromPositions(positions: readonly number[]): number {
  return positions.length === 1 ? positions[0] : 0;
}

/**
 * The index's heaviest words with their weights (positions and records), in a file beside it: the
 * words that fill an index chunk on their own, which the search page asks Pagefind for only
 * together with a lighter one (wordHits in found.ts), and the pairs of them have count words. A
 * word not listed weighs less than a chunk.
 */
export const WORD_WEIGHTS_FILE = 'word-weights.txt';

export const formatWordWeights = (weights: readonly (readonly [word: string, weight: number])[]): string => weights.map(([word, weight]) => `${word} ${weight}\n`).join('');

export function parseWordWeights(text: string): Map<string, number> {
  return new Map(text.split('\n').filter(Boolean).map((line) => {
    const [word, weight] = line.split(' ');
    return [word, Number(weight)] as const;
  }));
}
