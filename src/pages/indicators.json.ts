import type { APIRoute } from 'astro';
import { getIndicatorCells } from '../lib/indicator-collection.ts';
import { flatCell } from '../lib/indicators.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getIndicatorCells()).map(flatCell), null, 2), { headers: { 'Content-Type': 'application/json' } });
