import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OVERLAP, recordsOf, sectionsOf } from './search-records.ts';
import { foldForSearch, indexWords, queryWords } from './search-tokens.ts';

const page = `<html><body><nav>导航文字</nav><article data-report-id="r" data-report-title="报告" data-report-region="天元区"
  data-report-kind="annual-plan-report" data-report-kind-label="计划报告" data-report-year="2022" data-report-date-label="2022年2月23日">
  <h1>报告</h1><p>开头一段。</p>
  <h2 id="一">一、第一部分</h2><p>营商环境<span data-pagefind-ignore data-editor-note>编者注：不算</span>持续优化。</p>
  <h3 id="二">（一）小节</h3><ul><li>甲</li><li>乙</li></ul>
</article><footer>页脚</footer></body></html>`;

test('a page splits into sections at its headings, without notes or chrome', () => {
  assert.deepEqual(sectionsOf(page), [
    { anchor: '', text: '报告 开头一段。', headings: [] },
    {
      anchor: '一',
      text: '一、第一部分 营商环境持续优化。 （一）小节 甲乙',
      headings: [
        { at: 0, id: '一', text: '一、第一部分' },
        { at: 17, id: '二', text: '（一）小节' },
      ],
    },
  ]);
});

test('records link to their section, carry facts and filters, and overlap the next section', () => {
  const records = recordsOf(page, '/reports/r/');
  assert.deepEqual(records.map((r) => r.url), ['/reports/r/', '/reports/r/#一']);
  assert.deepEqual(records[1].filters, { region: ['天元区'], kind: ['annual-plan-report'], year: ['2022'], report: ['r'] });
  assert.deepEqual(JSON.parse(records[1].meta.headings), [[0, '一', '一、第一部分'], [17, '二', '（一）小节']]);
  // A string crossing the boundary between two sections is found in the first.
  const words = new Set(records[0].content.split(' '));
  for (const word of queryWords(foldForSearch('开头一段。一、第一部分'))) assert.ok(words.has(word));
  assert.ok(OVERLAP >= 8);
  assert.ok(!records.some((r) => r.content.split(' ').some((w) => indexWords('导航').includes(w))), 'chrome is not indexed');
});
