/**
 * How the build stores the search text chunks (text-chunks.ts reads them in the browser): each
 * chunk's JSON in UTF-16 (Chinese text compresses better so than in UTF-8), raw deflate with the
 * preset dictionary text-dictionary.txt. That saves about a quarter of the text's bytes, 8 KB a report.
 *
 * Browsers cannot take a preset dictionary (DecompressionStream has no such option), but deflate
 * does not need one: a stream that starts with the dictionary itself, flushed but not ended, can
 * go on with the chunk's data, whose distances reach back into it. So the dictionary is stored once
 * as that start (DICTIONARY_FILE), and the page inflates it followed by a chunk's bytes.
 */
import { readFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import type { TextChunk } from './text-chunks.ts';

/** The dictionary as the chunks are compressed with it. */
export const textDictionary = (text = readFileSync(new URL('./text-dictionary.txt', import.meta.url), 'utf8')): Buffer => Buffer.from(text.trim(), 'utf16le');

/** A chunk's stored bytes: its JSON in UTF-16, deflated with the dictionary. */
export const packTextChunk = (chunk: TextChunk, dictionary: Buffer): Buffer => deflateRawSync(Buffer.from(JSON.stringify(chunk), 'utf16le'), { level: 9, dictionary });

/** The dictionary file: its length in bytes (4 bytes, little-endian), then the start of a deflate stream that holds it, flushed and not ended. */
export function packDictionary(dictionary: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(dictionary.length);
  return Buffer.concat([length, deflateRawSync(dictionary, { level: 9, finishFlush: constants.Z_SYNC_FLUSH })]);
}
