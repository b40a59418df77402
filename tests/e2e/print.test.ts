/**
 * Every report prints to A4 as its header block and text only: the PDF's text
 * holds the report's text in order and no navigation, with page numbers, real
 * (CJK) text and embedded fonts, black on white even in the dark scheme.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compact, firstDivergence } from '../../src/lib/fidelity.ts';
import { reportIds, reportTableCells, reportText } from '../site.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const scratch = mkdtempSync(path.join(tmpdir(), 'print-'));
const CHROME = ['跳到正文', '株洲政府报告库', '打印本报告', '上一份报告', '下一份报告', '搜索全文', '当前位置'];
/** Whether the characters of `needle` stand in `text` in order (not necessarily together). */
function inOrder(needle: string, text: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = text.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
const FOOTER = /^第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页$/;

for (const id of reportIds) {
  test(`${id} prints as its text alone, in order, with page numbers`, async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`/reports/${id}/`);
    // The running header names the report by its display title (whose report, which year), not its printed title.
    const title = (await page.locator('article').getAttribute('data-report-title'))!;
    const pdf = path.join(scratch, `${id}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });

    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    assert.ok(pages.length >= 2, 'a report takes several pages');
    const footers = pages.map((p) => p.trim().split('\n').filter((line) => FOOTER.test(line.trim())));
    pages.forEach((_, i) => assert.match(footers[i].join(''), new RegExp(`第\\s*${i + 1}\\s*页\\s*/\\s*共\\s*${pages.length}\\s*页`), `page ${i + 1} is numbered`));
    assert.ok(pages.every((p) => compact(p).startsWith(compact(title))), 'the running header is the display title');

    // The pages in order, without the running header of pages 2… and the page-number footers.
    const body = pages
      .map((p, i) => (i === 0 ? compact(p) : compact(p).slice(compact(title).length)))
      .join('')
      .replace(/第\d+页\/共\d+页/g, '');
    // pdftotext reads a table column by column, so tables are checked cell by cell.
    const article = compact(await reportText(id, { withNotes: true, withTables: false }));
    const divergence = firstDivergence(article, body.slice(body.indexOf(article.slice(0, 20))));
    assert.ok(body.includes(article), `the PDF holds the report text in order; it differs at ${divergence?.offset}: ${divergence?.expected} / ${divergence?.actual}`);
    // A cell wrapped over two lines comes out interleaved with its neighbours: its characters stand in order.
    for (const cell of await reportTableCells(id)) assert.ok(inOrder(compact(cell), body), `the table cell ${cell} is printed`);
    for (const word of CHROME) assert.ok(!body.includes(word), `no "${word}" on paper`);

    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    assert.ok(fonts.length > 0 && fonts.every((line) => /\byes\b/.test(line)), 'every font is embedded');
    assert.match(body, /[\u4e00-\u9fff]{20}/, 'the text is real Chinese text');

    const gray = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '20', '-gray', pdf], { maxBuffer: 1 << 24 });
    const pixels = gray.subarray(gray.length - 165 * 234);
    const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
    assert.ok(mean > 180, `the page is black on white (mean grey ${mean.toFixed(0)})`);
  });
}
