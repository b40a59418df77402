/**
 * A site path under the base of this build, for pages and browser scripts
 * (config-time code has no Astro modules and calls joinBase with the base).
 * The base comes from Astro's config module, not import.meta.env.BASE_URL:
 * in server code a BASE_URL environment variable replaces the latter.
 */
import { base } from 'astro:config/client';
import { joinBase } from './base-path.ts';

export function sitePath(path: string): string {
  return joinBase(base, path);
}
