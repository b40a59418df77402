/**
 * Converts Traditional Chinese (including Taiwan and Hong Kong variants) to Simplified with
 * OpenCC's dictionaries (about 35 KB), loaded only for a query that holds a character they can
 * change, or a phrase they change (the list of those, about 3 KB, is made at build time:
 * /search/convertible.txt).
 */
import { decodeConvertible, mayConvert, type Convertible } from '../lib/search/convertible.ts';
import { sitePath } from '../lib/site-path.ts';

type Convert = (text: string) => string;

/** Where the list of what OpenCC may change is published (src/pages/search/convertible.txt.ts). */
export const convertibleUrl = sitePath('/search/convertible.txt');

let convertible: Promise<Convertible> | undefined;
let converter: Promise<Convert> | undefined;

/** Loads the list of convertible characters ahead of the first search. */
export function loadConvertible(): Promise<Convertible> {
  convertible ??= fetch(convertibleUrl).then(async (response) => {
    if (!response.ok) throw new Error(`convertible.txt: ${response.status}`);
    return decodeConvertible(await response.text());
  });
  convertible.catch(() => (convertible = undefined));
  return convertible;
}

function loadConverter(): Promise<Convert> {
  converter ??= Promise.all([import('opencc-js/core'), import('opencc-js/from/hk'), import('opencc-js/from/tw'), import('opencc-js/to/cn')]).then(
    ([{ ConverterFactory }, { default: fromHk }, { default: fromTw }, { default: toCn }]) => ConverterFactory(fromHk, fromTw, toCn),
  );
  converter.catch(() => (converter = undefined));
  return converter;
}

/** The Simplified form of a query: itself when no character of it can change, without loading the dictionaries. */
export async function toSimplified(query: string): Promise<string> {
  return mayConvert(query, await loadConvertible()) ? (await loadConverter())(query) : query;
}
