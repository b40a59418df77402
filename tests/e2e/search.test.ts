/**
 * Search behaves like Ctrl+F: every string in a report finds that report, and
 * no report without it; in Chromium, through /search/?q=, against the texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch } from '../../src/lib/search/fold.ts';
import { reportIds, reportText } from '../site.ts';
import { resultReports, searchFor, useBrowser } from './browser.ts';
import { seededRandom } from '../../scripts/seeded-random.ts';

const browser = useBrowser();
const texts = new Map(await Promise.all(reportIds.map(async (id) => [id, foldForSearch(await reportText(id))] as const)));
const expectedFor = (query: string) => reportIds.filter((id) => texts.get(id)!.includes(foldForSearch(query))).map((id) => `/reports/${id}/`);

function drawQueries(count: number): string[] {
  const next = seededRandom(20261123);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = reportIds[Math.floor(next() * reportIds.length)];
    const chars = Array.from(texts.get(id)!);
    const length = 1 + Math.floor(next() * 8);
    const start = Math.floor(next() * (chars.length - length));
    queries.push(chars.slice(start, start + length).join(''));
  }
  return queries;
}

const REALISTIC = ['营商环境', '小巨人', '513亿元', '三高四新', '专精特新', 'GDP', '3.65', '一件事一次办', '三类500强', '2022年'];
/** Strings that occur in no report: scattered characters, and the site's own chrome (only report text is indexed). */
const ABSENT = ['等城', '营商环境持续恶化', '本站报告文本据原件提取整理', '全文搜索'];

async function assertSearch(page: Parameters<typeof resultReports>[0], query: string) {
  await searchFor(page, `q=${encodeURIComponent(query)}`);
  const found = (await resultReports(page)).sort();
  assert.deepEqual(found, expectedFor(query).sort(), `query ${JSON.stringify(query)}`);
}

test('random substrings of 1 to 8 characters find exactly the reports that hold them', async () => {
  const page = await browser.newPage();
  for (const query of drawQueries(60)) await assertSearch(page, query);
});

test('realistic queries, and strings in no report, find exactly the reports that hold them', async () => {
  const page = await browser.newPage();
  for (const query of [...REALISTIC, ...ABSENT]) await assertSearch(page, query);
  for (const query of ABSENT) assert.deepEqual(expectedFor(query), [], `${query} is really absent`);
});

test('full-width, Traditional and spaced forms find the same reports as the plain query', async () => {
  const page = await browser.newPage();
  const pairs: [string, string][] = [
    ['營商環境', '营商环境'],
    ['２０２２年', '2022年'],
    ['ＧＤＰ', 'GDP'],
    ['营 商 环境', '营商环境'],
    ['專精特新', '专精特新'],
  ];
  for (const [variant, plain] of pairs) {
    await searchFor(page, `q=${encodeURIComponent(variant)}`);
    const found = (await resultReports(page)).sort();
    assert.ok(found.length > 0, `${variant} finds something`);
    assert.deepEqual(found, expectedFor(plain).sort(), `${variant} as ${plain}`);
  }
});
