/**
 * The words the search index is made of, so that search behaves like Ctrl+F whatever word
 * segmentation would say (Pagefind segments Chinese into words; upstream issues #987, #1237).
 *
 * A report is one Pagefind record whose words, each with its positions (recordWords), are:
 * - for each offset i, the pair of folded characters starting at i (the last one paired with
 *   nothing), at position i;
 * - for each distinct character, its count word, whose one position is its number of occurrences;
 * - the triples of the tripled pairs (below), each at its offset.
 * The build writes these words in Pagefind's index format itself (merge-bundles.ts): Pagefind's
 * indexer, whose time grows with the words it is given (6 s for 25 reports' pairs), indexes each
 * record as one placeholder word (INDEXED_WORD) and writes its fragment, filters and sorts.
 * Every string of two or more characters is then a chain of pair words at known positions, so the
 * browser finds its exact occurrences by intersecting the positions of every other pair of it
 * (see matches.ts). A single character is its count word. A pair so common that its positions
 * fill an index chunk on their own (the heavy words of WORD_WEIGHTS_FILE) also has a count word,
 * which the merge adds (pairCountWord), so that a query of just that pair (建设) need not fetch
 * every position of it.
 * The commonest pairs, each more than TRIPLED_ABOVE positions in the whole index (发展, 建设 and
 * 经济 at 765 reports; about 80 pairs at 3,000), are tripled: the index keeps no positions of them,
 * only their count words and the triples that begin or end with them, so a longer query names its
 * tripled pairs by the triples it holds (高质量, 量发展), which are far rarer. Which pairs are
 * tripled depends on the whole corpus, so the build counts the pairs of a sample of it before it
 * indexes any report (pairWeights).
 *
 * Words are ASCII (Pagefind drops punctuation and segments Chinese, but leaves [0-9a-z] alone):
 * each character is three base-36 digits of a dense numbering of the ranges reports use, so a
 * pair word has six characters; count words are `z` + three digits, a pair's count word is `zz` +
 * its six, a triple is `zzz` + nine, and no character code starts with `z`, so no word is a prefix
 * of a word of another kind (Pagefind matches prefixes).
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

export const pairWord = (a: string, b: string = END): string => charCode(a) + charCode(b);
export const countWord = (char: string): string => `z${charCode(char)}`;
/** The count word of a heavy pair (given as its pair word), added by the merge: one position, the pair's count. */
export const pairCountWord = (pair: string): string => `zz${pair}`;
export const tripleWord = (a: string, b: string, c: string): string => `zzz${charCode(a)}${charCode(b)}${charCode(c)}`;

/** A pair whose positions and records in the whole index (its weight, as the merge counts it) exceed this is tripled: about 125 ms of Pagefind's time to hand its positions over. */
export const TRIPLED_ABOVE = 50_000;

/** What a record adds to each pair's weight (see TRIPLED_ABOVE): one per position, and one for the record. */
export function pairWeights(chars: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (let i = 0; i < chars.length; i++) {
    const pair = pairWord(chars[i], chars[i + 1]);
    weights.set(pair, (weights.get(pair) ?? 1) + 1);
  }
  return weights;
}

/** The words of a record for a folded text (given as code points), each with its positions; `tripled` holds the tripled pairs' words. */
export function recordWords(chars: readonly string[], tripled: ReadonlySet<string> = new Set()): Map<string, number[]> {
  const words = new Map<string, number[]>();
  const add = (word: string, position: number) => {
    const at = words.get(word);
    if (at) at.push(position);
    else words.set(word, [position]);
  };
  const pairs = chars.map((char, i) => pairWord(char, chars[i + 1]));
  pairs.forEach(add);
  for (let i = 0; i + 2 < chars.length; i++) if (tripled.has(pairs[i]) || tripled.has(pairs[i + 1])) add(tripleWord(chars[i], chars[i + 1], chars[i + 2]), i);
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const [char, count] of counts) words.set(countWord(char), [count]);
  return words;
}

/**
 * All Pagefind indexes of a record: it drops a record without words. It is none of the words
 * below (of 5 letters, where theirs have 4, 6, 8 or 12) and the merge leaves it out.
 */
export const INDEXED_WORD = 'zzzzz';

export const isTripleWord = (word: string): boolean => word.startsWith('zzz');
export const isCountWord = (word: string): boolean => word.startsWith('z') && !isTripleWord(word);

/**
 * Whether two words can stand at the same position of a record: only a pair and a triple that
 * begins with it (both at their offset). Any other two words never share a position.
 */
export function mayShareAPosition(a: string, b: string): boolean {
  const [pair, triple] = isTripleWord(a) ? [b, a] : [a, b];
  return isTripleWord(triple) && triple.slice(3, 9) === pair;
}

/** The number of occurrences of a character, or of a heavy pair, from its count word's one position in the merged index. */
export function countFromPositions(positions: readonly number[]): number {
  return positions.length === 1 ? positions[0] : 0;
}

/**
 * The index's heaviest words with their weights (positions and records), in a file beside it: the
 * words that fill an index chunk on their own, which the search page asks Pagefind for only
 * together with a lighter one (wordHits in found.ts), and the pairs of them have count words.
 * The tripled pairs are listed too, marked: their pair words are not in the index. A word not
 * listed weighs less than a chunk.
 */
export const WORD_WEIGHTS_FILE = 'word-weights.txt';

export interface WordWeights {
  weights: Map<string, number>;
  tripled: Set<string>;
}

/** The weights file's text: a line per word, its weight, and `3` for a tripled pair. */
export const formatWordWeights = (weights: readonly (readonly [word: string, weight: number])[], tripled: ReadonlySet<string> = new Set()): string =>
  weights.map(([word, weight]) => `${word} ${weight}${tripled.has(word) ? ' 3' : ''}\n`).join('');

export function parseWordWeights(text: string): WordWeights {
  const weights = new Map<string, number>();
  const tripled = new Set<string>();
  for (const line of text.split('\n').filter(Boolean)) {
    const [word, weight, mark] = line.split(' ');
    weights.set(word, Number(weight));
    if (mark === '3') tripled.add(word);
  }
  return { weights, tripled };
}
