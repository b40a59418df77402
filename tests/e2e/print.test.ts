/**
 * Every report prints to A4 as its header block and text only: the PDF's text
 * holds the report's text in order and no navigation, with page numbers, real
 * (CJK) text and embedded fonts, black on white even in the dark scheme. No
 * page ends with a heading or a line that introduces what follows, and a table
 * that fits on a page is not split. The paper is set like a Chinese official
 * document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { compact, firstDivergence } from '../../src/lib/fidelity.ts';
import { builtPage, reportIds, reportTableCells, reportText } from '../site.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import { useBrowser } from './browser.ts';
import { scratchDir } from '../scratch.ts';

const browser = useBrowser();
const scratch = scratchDir('print-');
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

/** A built report's headings, and each table's rows (the row heading and the first value: a row prints as one line of pdftotext -raw). */
function reportStructure(id: string) {
  const $ = cheerio.load(builtPage(`reports/${id}`));
  const article = $('article');
  const headings = article.find('h1, h2, h3, h4, h5, h6').map((_, h) => compact($(h).text())).get();
  const tables = article.find('table').map((_, table) => [$(table).find('tbody tr').map((_, tr) => compact($(tr).find('th, td').slice(0, 2).text())).get()]).get() as string[][];
  return { headings, tables };
}

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

    const { headings, tables } = reportStructure(id);
    pages.forEach((p, i) => {
      const lines = p.split('\n').map((line) => line.trim()).filter((line) => line && !FOOTER.test(line));
      assert.ok(compact(lines.join('')).length > compact(title).length, `page ${i + 1} is not blank`);
      if (i === pages.length - 1) return;
      assert.doesNotMatch(lines.at(-1)!, /[：:]$/, `page ${i + 1} does not end with a line that introduces what follows`);
      const tail = compact(lines.slice(-2).join(''));
      const heading = headings.find((h) => tail.endsWith(h));
      assert.equal(heading, undefined, `page ${i + 1} does not end with the heading ${heading}`);
    });
    const rawPages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').map(compact);
    for (const rows of tables) {
      const on = new Set(rows.map((row) => rawPages.findIndex((p) => p.includes(row))));
      assert.deepEqual([...on].map((i) => i + 1), [rawPages.findIndex((p) => p.includes(rows[0])) + 1], `the table of ${rows.length} rows is on one page`);
      assert.ok(rows.every((row) => rawPages.join('').split(row).length === 2), 'every row is printed, once');
    }

    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    assert.ok(fonts.length > 0 && fonts.every((line) => /\byes\b/.test(line)), 'every font is embedded');
    assert.match(body, /[\u4e00-\u9fff]{20}/, 'the text is real Chinese text');

    const gray = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '20', '-gray', pdf], { maxBuffer: 1 << 24 });
    const pixels = gray.subarray(gray.length - 165 * 234);
    const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
    assert.ok(mean > 180, `the page is black on white (mean grey ${mean.toFixed(0)})`);
  });
}

test('on paper a report is set like a Chinese official document', async () => {
  const page = await browser.newPage();
  await page.goto('/reports/hetang-2022-work-report/');
  await page.emulateMedia({ media: 'print' });
  const style = await page.evaluate(() => {
    const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const paragraphs = [...document.querySelectorAll('article p:not(.report__subtitle)')].map((p) => getComputedStyle(p));
    return {
      title: css('article h1').textAlign,
      indents: [...new Set(paragraphs.map((p) => Math.round((parseFloat(p.textIndent) / parseFloat(p.fontSize)) * 100) / 100))],
      aligns: [...new Set(paragraphs.map((p) => p.textAlign))],
      gaps: [...new Set(paragraphs.flatMap((p) => [p.marginBlockStart, p.marginBlockEnd]))],
      h2: css('article h2').fontFamily,
      h3: css('article h3').fontFamily,
    };
  });
  assert.equal(style.title, 'center', 'the title is centred');
  assert.deepEqual(style.indents, [2], 'paragraphs begin with a two-character indent');
  assert.deepEqual(style.aligns, ['justify']);
  assert.deepEqual(style.gaps, ['0px'], 'no space between paragraphs');
  assert.match(style.h2, /^"?SimHei/, '一、 headings in 黑体');
  assert.match(style.h3, /^"?KaiTi/, '（一） headings in 楷体');

  // The faces really used: a 一、 heading is not printed in the body's face (a 楷体 is used only where the system has one).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const face = async (selector: string) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.toSorted((a, b) => b.glyphCount - a.glyphCount)[0].familyName;
  };
  assert.notEqual(await face('article h2'), await face('article > p:not(.report__subtitle)'));
});

test('the glossary’s page references say they are the printed source’s pages, on screen and on paper', async () => {
  const page = await browser.newPage();
  await page.goto('/reports/hetang-2022-work-report/');
  const references = await page.$$eval('article dl.glossary dt abbr', (abbrs) => abbrs.map((a) => `${a.textContent} ${(a as HTMLElement).title}`));
  assert.equal(references.length, 20);
  for (const reference of references) assert.match(reference, /^P(\d+) 原印刷版第 \1 页$/);
  const pdf = path.join(scratch, 'glossary.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = compact(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  assert.ok(text.includes('（P4）：') && text.includes(compact(ui.glossary.pageNote)), 'the printed text keeps “(P4)” and says what it is');
});
