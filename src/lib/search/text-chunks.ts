/**
 * The text chunks the search page cuts its excerpts from (written by records.ts at build time,
 * stored as text-packing.ts says). Kept apart from records.ts and text-packing.ts, which run only
 * in the build: the search page imports this module, and importing records.ts would bundle cheerio
 * into it (about 30 KB gzip on every first search).
 */

/** Folded characters per text chunk: a chunk is a few kilobytes compressed, so an excerpt costs little. */
export const CHUNK = 1500;

/** The dictionary file, under the index (pagefind/); a report's chunk n is text/<id>/<n>.pf_text. */
export const DICTIONARY_FILE = 'text/dictionary.pf_dict';

/** A heading in a chunk: where it stands (folded offset from the chunk's start; negative for the heading the chunk's text is under) and its id and text. */
export type ChunkHeading = [at: number, id: string, text: string];

/** A piece of a report's text: every match that starts in it ends in it (it runs on QUERY_MAX_LENGTH characters into the next). */
export interface TextChunk {
  text: string;
  headings: ChunkHeading[];
}

/** A chunk from its stored bytes and the dictionary file's: the dictionary's deflate stream goes on with the chunk's, and what it holds of its own is dropped. */
export async function unpackTextChunk(dictionaryFile: ArrayBuffer, stored: ArrayBuffer): Promise<TextChunk> {
  const dictionaryBytes = new DataView(dictionaryFile).getUint32(0, true);
  const inflated = new Blob([dictionaryFile.slice(4), stored]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(inflated).arrayBuffer());
  return JSON.parse(new TextDecoder('utf-16le').decode(bytes.subarray(dictionaryBytes))) as TextChunk;
}
