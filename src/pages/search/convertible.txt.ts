/** What Traditional→Simplified conversion can change, for the search page (see src/lib/search/convertible.ts). */
import type { APIRoute } from 'astro';
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';
import { convertibleOf, encodeConvertible } from '../../lib/search/convertible.ts';

export const GET: APIRoute = () =>
  new Response(encodeConvertible(convertibleOf([...fromHk, ...fromTw, ...toCn], ConverterFactory(fromHk, fromTw, toCn))), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
