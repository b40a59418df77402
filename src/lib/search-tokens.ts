/**
 * How report text and queries are turned into Pagefind words, so that search
 * behaves like Ctrl+F whatever word segmentation would say.
 *
 * Pagefind segments Chinese into words at index and query time, so a string
 * that crosses a word boundary is missed or scattered characters are matched
 * (upstream issues #987, #1237). Instead, every record is indexed as the set of
 * its distinct characters and distinct character pairs (bigrams), each encoded
 * as an ASCII word that no segmenter or stemmer touches. A query of one
 * character asks for that character's word; a longer query asks for all its
 * bigrams. That finds every record that contains the query (recall is exact),
 * and for queries of one or two characters nothing else; for longer queries
 * the client checks the candidates against the record's text (precision).
 * Each word is stored once per record, without repeats, so the bytes a query
 * fetches grow with the number of records that hold it, not with the corpus's
 * number of characters.
 */

/** Folds text the same way for the index and the query: full-width to half-width (NFKC), lower case, no whitespace. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u00A0\u3000\u200B]+/gu, '');
}

/**
 * Five decimal digits for a character (its code point; the rare ones beyond
 * U+1869F share codes, which the client's text check resolves). Words end
 * in a digit so that no stemmer shortens them, and all words of a kind have
 * one length so that Pagefind's prefix matching matches only the word itself.
 */
function code(char: string): string {
  return String(char.codePointAt(0)! % 100_000).padStart(5, '0');
}

/** The word for one character (`u…`) and for a pair of adjacent characters (`b……`). */
export const unigramWord = (char: string): string => `u${code(char)}`;
export const bigramWord = (a: string, b: string): string => `b${code(a)}${code(b)}`;

/** The distinct words of an already folded text, for the index. */
export function indexWords(folded: string): string[] {
  const chars = Array.from(folded);
  const words = new Set<string>();
  chars.forEach((char, i) => {
    words.add(unigramWord(char));
    if (i + 1 < chars.length) words.add(bigramWord(char, chars[i + 1]));
  });
  return [...words];
}

/** The words a record must hold to contain an already folded query; empty for an empty query. */
export function queryWords(folded: string): string[] {
  const chars = Array.from(folded);
  if (chars.length === 1) return [unigramWord(chars[0])];
  const words = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) words.add(bigramWord(chars[i], chars[i + 1]));
  return [...words];
}
