/**
 * Every sentence of every source is on the site, in order, and nothing else is:
 * the source with its listed repairs applied must equal the text of the built
 * report's <article>, once markup and whitespace are removed from both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { applyRepairs, listedNotes } from '../src/lib/repairs.ts';
import { compact, firstDivergence, stripSourceMarkup } from '../src/lib/fidelity.ts';
import { builtPage, readRepairs, reportIds, sourcesDir } from './site.ts';

test('there is a report file for every source text', async () => {
  const { readdirSync } = await import('node:fs');
  const sources = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
  const used = reportIds.map((id) => readRepairs(id).source).sort();
  assert.deepEqual(used, sources);
});

for (const id of reportIds) {
  test(`${id}: the page holds exactly the source text, with the listed repairs`, () => {
    const { source, repairs } = readRepairs(id);
    const expected = compact(stripSourceMarkup(applyRepairs(readFileSync(path.join(sourcesDir, source), 'utf8'), repairs)));

    const $ = cheerio.load(builtPage(`reports/${id}`));
    const article = $('article');
    assert.equal(article.length, 1, 'the page has one <article>');
    const notes = article.find('[data-editor-note]');
    const shownNotes = notes.map((_, el) => compact($(el).text())).get().sort();
    const listed = listedNotes(repairs).map((n) => compact(`编者注：${n}`)).sort();
    assert.deepEqual(shownNotes, listed, 'the editor’s notes on the page are the ones listed in the repairs file');
    notes.remove();
    const actual = compact(article.text());

    const divergence = firstDivergence(expected, actual);
    assert.equal(
      divergence,
      null,
      divergence
        ? `content/reports/${id}.mdx differs from ${source} at character ${divergence.offset}:\n  source: ${divergence.expected}\n  page:   ${divergence.actual}`
        : '',
    );
  });
}
