/**
 * What Traditional→Simplified conversion can change, so that the search page loads OpenCC's
 * dictionaries (about 35 KB) only for a query that needs them: the characters that convert on
 * their own (發, 著), and the phrases that convert though none of their characters does (反覆 →
 * 反复). Conversion replaces keys of the dictionaries (`key value|key value…`, or [key, value]
 * pairs, grouped as opencc-js groups them) found in the text, so a query holding neither converts
 * to itself. (Listing every key's first character instead, as before, marked 作, 年, 的 and a
 * quarter of all Simplified text as convertible.)
 */
import type { DictGroup } from 'opencc-js/core';

export interface Convertible {
  chars: ReadonlySet<string>;
  phrases: readonly string[];
}

/** The convertible characters and phrases of the dictionaries, given the converter they make. */
export function convertibleOf(groups: readonly DictGroup[], convert: (text: string) => string): Convertible {
  const keys = new Set<string>();
  for (const group of groups) {
    for (const dictionary of group) {
      const entries = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')[0]) : dictionary.map(([key]) => key);
      for (const key of entries) if (key) keys.add(key);
    }
  }
  const chars = new Set<string>();
  for (const key of keys) for (const char of key) if (convert(char) !== char) chars.add(char);
  const phrases = [...keys].filter((key) => ![...key].some((char) => chars.has(char)) && convert(key) !== key);
  return { chars, phrases: phrases.sort() };
}

/**
 * As the search page fetches it: the characters on the first line, each code point as its
 * distance from the one before in base 36, comma-separated (the code points are sorted, so the
 * distances are small: about 3 KB compressed, where the characters themselves are 9 KB); the
 * phrases on the second, separated by `|`.
 */
export function encodeConvertible({ chars, phrases }: Convertible): string {
  const points = Array.from(chars, (char) => char.codePointAt(0)!).sort((a, b) => a - b);
  return `${points.map((point, i) => (point - (points[i - 1] ?? 0)).toString(36)).join(',')}\n${phrases.join('|')}`;
}

export function decodeConvertible(encoded: string): Convertible {
  const [distances = '', phrases = ''] = encoded.split('\n');
  let point = 0;
  return {
    chars: new Set(distances ? distances.split(',').map((distance) => String.fromCodePoint((point += parseInt(distance, 36)))) : []),
    phrases: phrases ? phrases.split('|') : [],
  };
}

/** Whether conversion may change a query. */
export function mayConvert(query: string, { chars, phrases }: Convertible): boolean {
  for (const char of query) if (chars.has(char)) return true;
  return phrases.some((phrase) => query.includes(phrase));
}
