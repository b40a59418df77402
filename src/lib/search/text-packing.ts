/**
 * How the build stores the search text chunks (text-chunks.ts reads them in the browser): each
 * chunk's JSON in UTF-16 (Chinese text compresses better so than in UTF-8), raw deflate with the
 * preset dictionary text-dictionary.txt. That saves about a quarter of the text's bytes, 8 KB a
 * report. The dictionary itself is stored once, raw-deflated too (DICTIONARY_FILE).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { TextChunk } from './text-chunks.ts';

/** The dictionary as the chunks are compressed with it. */
export const textDictionary = (text = readFileSync(new URL('./text-dictionary.txt', import.meta.url), 'utf8')): Buffer => Buffer.from(text.trim(), 'utf16le');

/** A chunk's stored bytes: its JSON in UTF-16, deflated with the dictionary. */
export const packTextChunk = (chunk: TextChunk, dictionary: Buffer): Buffer => deflateRawSync(Buffer.from(JSON.stringify(chunk), 'utf16le'), { level: 9, dictionary });

/** The dictionary file's bytes. */
export const packDictionary = (dictionary: Buffer): Buffer => deflateRawSync(dictionary, { level: 9 });
