import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentsEntries, headingLabel } from './contents.ts';

const h = (depth: number, text: string) => ({ depth, slug: text, text });

test('a section heading’s label is its text before the ideographic space', () => {
  assert.equal(headingLabel('关键词1　“三个高地”建设'), '关键词1');
  assert.equal(headingLabel('数说今后五年重点任务'), '数说今后五年重点任务');
});

test('only repeated headings take the label of the section they belong to', () => {
  const entries = contentsEntries([
    h(2, '数说今后五年重点任务'),
    h(3, '一突破'),
    h(2, '关键词1　“三个高地”建设'),
    h(3, '报告点击'),
    h(3, '连线场外'),
    h(2, '关键词2　高质量发展'),
    h(3, '报告点击'),
  ]);
  assert.deepEqual(
    entries.map((e) => [e.context, e.text]),
    [
      [undefined, '数说今后五年重点任务'],
      [undefined, '一突破'],
      [undefined, '关键词1　“三个高地”建设'],
      ['关键词1', '报告点击'],
      [undefined, '连线场外'],
      [undefined, '关键词2　高质量发展'],
      ['关键词2', '报告点击'],
    ],
  );
  assert.ok(entries.every((e) => e.repeat === undefined));
});

test('a heading repeated within one section is numbered from its second entry', () => {
  const entries = contentsEntries([h(2, '关键词4　“五好”园区'), h(3, '报告点击'), h(3, '报告点击'), h(2, '关键词5'), h(3, '报告点击')]);
  assert.deepEqual(
    entries.filter((e) => e.depth === 3).map((e) => [e.context, e.text, e.repeat]),
    [
      ['关键词4', '报告点击', undefined],
      ['关键词4', '报告点击', 2],
      ['关键词5', '报告点击', undefined],
    ],
  );
});

test('a repeated heading before any higher-level heading has no context', () => {
  const entries = contentsEntries([h(3, '说明'), h(2, '一、总体'), h(3, '说明')]);
  assert.deepEqual(entries.map((e) => e.context), [undefined, undefined, '一、总体']);
});
