/**
 * How report text and queries are compared: the same folding on both sides, one character at
 * a time so that every folded character can be traced back to the character it came from.
 */

/**
 * What each other character seen so far folds to (punctuation, digits, Latin letters: a few hundred
 * distinct ones, and common), since folding one through normalize and a regular expression costs a
 * microsecond or more: the search page folds ten results' text chunks (15,000 characters) before
 * it shows them.
 */
const folds = new Map<string, string>();

/** What a character folds to: NFKC (full-width to half-width), lower case; whitespace, controls and format characters (Cf: bidi controls, zero-width, soft hyphen) vanish. */
export function foldChar(char: string): string {
  // CJK Unified Ideographs fold to themselves (NFKC changes only the compatibility ideographs, elsewhere).
  const code = char.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return char;
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKC').toLowerCase().replace(/[\s\p{Cc}\p{Cf}]/gu, '');
    folds.set(char, folded);
  }
  return folded;
}

/** Folds a text for search: see foldChar. */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** A text folded, with the offset in the text (UTF-16) that each folded character (code point) came from. */
export interface FoldedText {
  /** The folded characters, as code points. */
  chars: string[];
  /** origin[i]: offset in the original text of the character chars[i] came from; origin[chars.length] is the text's length. */
  origin: number[];
}

export function foldWithOrigins(text: string): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const folded = foldChar(char);
    // Most characters fold to themselves, one code point: no need to split them.
    if (folded === char) {
      chars.push(char);
      origin.push(offset);
    } else {
      for (const piece of folded) {
        chars.push(piece);
        origin.push(offset);
      }
    }
    offset += char.length;
  }
  origin.push(text.length);
  return { chars, origin };
}
