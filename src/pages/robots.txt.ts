import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site-path.ts';

// The sitemap (and so its line here) exists only when the build knows the site's address (SITE_URL).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(sitePath('/sitemap-index.xml'), site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
