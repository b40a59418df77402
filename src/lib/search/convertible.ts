/**
 * Which characters Traditional→Simplified conversion can change: the first characters of every
 * key of OpenCC's dictionaries (`key value|key value…`, or [key, value] pairs, grouped as
 * opencc-js groups them). A query with none of them converts to itself, so the page need not load
 * the dictionaries.
 */
import type { DictGroup } from 'opencc-js/core';

export function convertibleChars(groups: readonly DictGroup[]): string {
  const chars = new Set<string>();
  for (const group of groups) {
    for (const dictionary of group) {
      const keys = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')[0]) : dictionary.map(([key]) => key);
      for (const key of keys) if (key) chars.add(String.fromCodePoint(key.codePointAt(0)!));
    }
  }
  return [...chars].sort().join('');
}

/**
 * The characters as the search page fetches them: each code point as its distance from the one
 * before, in base 36, comma-separated. The characters are sorted, so the distances are small:
 * about 3 KB compressed for OpenCC's ~4,000 characters, where the characters themselves are 9 KB.
 */
export function encodeConvertible(chars: string): string {
  const points = Array.from(chars, (char) => char.codePointAt(0)!).sort((a, b) => a - b);
  return points.map((point, i) => (point - (points[i - 1] ?? 0)).toString(36)).join(',');
}

export function decodeConvertible(encoded: string): Set<string> {
  let point = 0;
  return new Set(encoded ? encoded.split(',').map((distance) => String.fromCodePoint((point += parseInt(distance, 36)))) : []);
}

/** Whether a query holds a character conversion can change. */
export function mayConvert(query: string, convertible: ReadonlySet<string>): boolean {
  for (const char of query) if (convertible.has(char)) return true;
  return false;
}
