import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyRepairs } from '../repairs.ts';
import { idClashes, importReport, metadataBlock } from './report-file.ts';

const withMetadata = '---\nsource: https://www.example.gov.cn/a.html\ntitle: 2011年内蒙古自治区政府工作报告\n---\n\n各位代表：\n\n现在，我代表自治区人民政府向大会报告工作。\n';

test('the metadata block is read and its end found', () => {
  const block = metadataBlock(withMetadata)!;
  assert.equal(block.data.title, '2011年内蒙古自治区政府工作报告');
  assert.equal(withMetadata.slice(block.end), '\n各位代表：\n\n现在，我代表自治区人民政府向大会报告工作。\n');
  assert.equal(metadataBlock('各位代表：'), undefined);
});

test('a report whose only title is the metadata one: the repair leaves exactly that title where the page shows it', () => {
  const report = importReport('c/内蒙古自治区/2011.md', withMetadata);
  assert.deepEqual(report.problems, []);
  assert.equal(report.id, 'neimenggu-2011-government-work-report');
  const { source, repairs } = parse(report.repairs!);
  assert.equal(source, 'neimenggu-2011-government-work-report.md');
  assert.equal(applyRepairs(withMetadata, repairs).replace(/\s+/g, ''), '2011年内蒙古自治区政府工作报告各位代表：现在，我代表自治区人民政府向大会报告工作。');
  assert.match(report.mdx!, /^---\ntitle: 2011年内蒙古自治区政府工作报告\n/);
  assert.match(report.mdx!, /\ndate: 2011-01-01\n/, 'the date is unquoted, so the schema reads a date');
  assert.match(report.mdx!, /\nsourceUrl: https:\/\/www\.example\.gov\.cn\/a\.html\n/);
});

test('a printed title and session line become title and subtitle; the rest is the body', () => {
  const report = importReport('c/政府工作报告-国务院/2024.md', '**政府工作报告**\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作。\n\n## 一、2023年工作回顾\n\n过去一年{很不平凡}。\n');
  assert.equal(report.id, 'guowuyuan-2024-government-work-report');
  assert.equal(parse(report.repairs!).repairs.length, 0);
  assert.equal(report.mdx!.split('---\n')[2], '\n国务院总理　李强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作。\n\n## 一、2023年工作回顾\n\n过去一年\\{很不平凡\\}。\n');
});

test('two files that would be one report are each a problem naming the other', () => {
  const report = (file: string, id: string) => ({ file, id, problems: [], notes: [] });
  assert.deepEqual(
    idClashes([report('a/2024.md', 'x'), report('b/2024.md', 'x'), report('c/2024.md', 'y')]),
    new Map([
      ['a/2024.md', 'b/2024.md would also be report x'],
      ['b/2024.md', 'a/2024.md would also be report x'],
    ]),
  );
});

test('a printed qualifier such as 摘要 is kept in the short title; a metadata title may give the date', () => {
  const summary = importReport('c/政府工作报告-国务院/1964-summary.md', '**1964年国务院政府工作报告**（摘要）\n——1964年12月21日和22日在第三届全国人民代表大会第一次会议上\n\n各位代表：\n\n五年来，我国各族人民取得了伟大胜利。\n');
  assert.match(summary.mdx!, /\nshortTitle: 国务院1964年政府工作报告（摘要）\n/);
  const dated = importReport('c/湖北省/2022.md', '---\nsource: not an address\ntitle: 湖北省政府工作报告（2022年1月20日 王忠林）\n---\n\n各位代表：\n\n现在，我代表省人民政府报告工作。\n');
  assert.match(dated.mdx!, /\ndate: 2022-01-20\ndateBasis: printed\n/);
  assert.doesNotMatch(dated.mdx!, /shortTitle|sourceUrl/);
  assert.ok(dated.notes.includes('sourceUrl: the source\'s address "not an address" is not a web address'));
});
