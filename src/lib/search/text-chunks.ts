/**
 * The text chunks the search page cuts its excerpts from (written by records.ts at build time).
 * Kept apart from records.ts, which parses HTML with cheerio: the search page imports this module,
 * and importing records.ts would bundle cheerio into it (about 30 KB gzip on every first search).
 */

/** Folded characters per text chunk: a chunk is a few kilobytes compressed, so an excerpt costs little. */
export const CHUNK = 1500;

/** A heading in a chunk: where it stands (folded offset from the chunk's start; negative for the heading the chunk's text is under) and its id and text. */
export type ChunkHeading = [at: number, id: string, text: string];

/** A piece of a report's text: every match that starts in it ends in it (it runs on QUERY_MAX_LENGTH characters into the next). */
export interface TextChunk {
  text: string;
  headings: ChunkHeading[];
}
