/**
 * How report text and queries are compared: the same folding on both sides, one character at
 * a time so that every folded character can be traced back to the character it came from.
 */

/** What a character folds to: NFKC (full-width to half-width), lower case; whitespace, controls and format characters (Cf: bidi controls, zero-width, soft hyphen) vanish. */
export function foldChar(char: string): string {
  return char.normalize('NFKC').toLowerCase().replace(/[\s\p{Cc}\p{Cf}]/gu, '');
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
    for (const folded of foldChar(char)) {
      chars.push(folded);
      origin.push(offset);
    }
    offset += char.length;
  }
  origin.push(text.length);
  return { chars, origin };
}
