/**
 * The text chunks the search page cuts its excerpts from (written by records.ts at build time,
 * stored as text-packing.ts says). Kept apart from records.ts and text-packing.ts, which run only
 * in the build: the search page imports this module, and importing records.ts would bundle cheerio
 * into it (about 30 KB gzip on every first search).
 */
import { inflateSync } from 'fflate';

/** Folded characters per text chunk: a chunk is a few kilobytes compressed, so an excerpt costs little. */
export const CHUNK = 1500;

/** The dictionary file, under the index (pagefind/); a report's chunk n is text/<id>/<n>.pf_text. */
export const DICTIONARY_FILE = 'text/dictionary.pf_dict';

/** A result's id (its fragment's name, merge-bundles.ts): the report's id, a dot, the fragment's own name (which holds no dot). */
export const resultName = (report: string, fragment: string): string => `${report}.${fragment}`;

/** The report of a result, whose text chunks are text/<report>/. */
export const reportOfResult = (id: string): string => id.slice(0, id.lastIndexOf('.'));

/** A heading in a chunk: where it stands (folded offset from the chunk's start; negative for the heading the chunk's text is under) and its id and text. */
export type ChunkHeading = [at: number, id: string, text: string];

/** What a search result shows of its report, besides the excerpt. */
export interface ChunkReport {
  title: string;
  kindLabel: string;
  /** The narrowest level of the report's region. */
  region: string;
  dateLabel: string;
  /** How many chunks the report's text has. */
  chunks: number;
}

/** A piece of a report's text: every match that starts in it ends in it (it runs on QUERY_MAX_LENGTH characters into the next). */
export interface TextChunk {
  text: string;
  headings: ChunkHeading[];
  report: ChunkReport;
}

/** The dictionary from its file's bytes. */
export const unpackDictionary = (stored: ArrayBuffer): Uint8Array => inflateSync(new Uint8Array(stored));

/**
 * A chunk from its stored bytes. Inflated by fflate, not the browser's DecompressionStream: that
 * takes no preset dictionary, and each of its streams costs milliseconds to set up (10 chunks, one
 * page of results, took 20–90 ms in Chromium; fflate takes well under one).
 */
export function unpackTextChunk(dictionary: Uint8Array, stored: ArrayBuffer): TextChunk {
  return JSON.parse(new TextDecoder('utf-16le').decode(inflateSync(new Uint8Array(stored), { dictionary }))) as TextChunk;
}
