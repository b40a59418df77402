/**
 * Checks on a report's front matter as written, before YAML turns it into values: YAML reads
 * `date: 2022-02-30` as 2 March without a word, so an impossible date can only be caught in
 * the raw text.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';

/**
 * The front matter with every scalar kept as written. The YAML 1.2 core schema has no
 * timestamps, so a date stays the string the author typed.
 */
export function rawFrontMatter(source: string): Record<string, unknown> {
  const block = extractFrontmatter(source);
  const data: unknown = block === undefined ? {} : parse(block, { schema: 'core' });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether YYYY-MM-DD names a day of the calendar (2022-02-30 does not). */
export function isCalendarDay(written: string): boolean {
  const m = DAY.exec(written);
  if (!m) return false;
  const [year, month, day] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Each value written like a date (YYYY-MM-DD) that is no day of the calendar, with the field it stands in. */
export function impossibleDates(data: unknown, at: string[] = []): string[] {
  if (typeof data === 'string') return DAY.test(data) && !isCalendarDay(data) ? [`${at.join('.')}: ${data} is not a day of the calendar`] : [];
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => impossibleDates(value, [...at, key]));
  return [];
}
