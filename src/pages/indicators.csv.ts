import type { APIRoute } from 'astro';
import { getIndicatorCells } from '../lib/indicator-collection.ts';
import { toCsv } from '../lib/indicators.ts';

export const GET: APIRoute = async () => new Response(toCsv(await getIndicatorCells()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
