/**
 * `node scripts/make-text-dictionary.ts <folders or files of reports>`: draws the preset dictionary
 * of the search text chunks (src/lib/search/text-dictionary.ts) from plain-text or Markdown reports
 * and writes src/lib/search/text-dictionary.txt, which the build then uses as it is. Run it again
 * only to renew the dictionary (it changes every stored chunk); the committed one was drawn from
 * 773 provincial and State Council government work reports (1954–2026) and the five sources in
 * content/sources/. At most SAMPLE reports are read, evenly spread: counting every substring of
 * every report would take more memory than the dictionary gains from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DICTIONARY_CHARS, trainTextDictionary } from '../src/lib/search/text-dictionary.ts';
import { sourceFiles } from './source-files.ts';

const SAMPLE = 120;
const targets = process.argv.slice(2);
if (!targets.length) {
  console.error('usage: node scripts/make-text-dictionary.ts <folders or files of reports>');
  process.exit(2);
}
const files = sourceFiles(targets).filter((file) => !/README/i.test(path.basename(file)));
const sample = files.length <= SAMPLE ? files : Array.from({ length: SAMPLE }, (_, k) => files[Math.floor((k * files.length) / SAMPLE)]);
// The text as a page shows it: no front matter, comments or Markdown marks.
const texts = sample.map((file) =>
  readFileSync(file, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[#*>|_`]/g, ''),
);
const dictionary = trainTextDictionary(texts, DICTIONARY_CHARS);
const out = path.resolve(import.meta.dirname, '../src/lib/search/text-dictionary.txt');
writeFileSync(out, `${dictionary}\n`);
console.log(`${Array.from(dictionary).length} characters from ${sample.length} of ${files.length} reports → ${path.relative(process.cwd(), out)}`);
