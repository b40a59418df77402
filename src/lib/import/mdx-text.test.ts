import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyToMdx, escapeText, inlineMdx, lineToMdx, plainLine, sectionLevel } from './mdx-text.ts';

test('section numbers give heading levels', () => {
  assert.equal(sectionLevel('一、2023年工作回顾'), 2);
  assert.equal(sectionLevel('十二、加强政府自身建设'), 2);
  assert.equal(sectionLevel('（一）着力扩大内需'), 3);
  assert.equal(sectionLevel('(三)稳定就业'), 3);
  assert.equal(sectionLevel('一是加快发展'), undefined);
  assert.equal(sectionLevel('2023年工作回顾'), undefined);
});

test('headings as plain lines, bold lines, Markdown headings, and run together with their paragraph', () => {
  assert.deepEqual(lineToMdx('一、2004年的工作回顾'), ['## 一、2004年的工作回顾']);
  assert.deepEqual(lineToMdx('**（一）着力扩大国内需求**'), ['### （一）着力扩大国内需求']);
  assert.deepEqual(lineToMdx('## 一、2023年工作回顾'), ['## 一、2023年工作回顾']);
  assert.deepEqual(lineToMdx('### 附件'), ['### 附件']);
  assert.deepEqual(lineToMdx('# 结束语'), ['## 结束语']);
  assert.deepEqual(lineToMdx('**一、“十一五”时期回顾**“十一五”时期，是我区发展进程中很不平凡的五年。'), [
    '## 一、“十一五”时期回顾',
    '“十一五”时期，是我区发展进程中很不平凡的五年。',
  ]);
});

test('a paragraph that starts with a section number stays a paragraph', () => {
  const paragraph = '（一）坚持稳中求进。我们实施积极的财政政策，扩大有效投资，全年完成投资增长百分之八以上。';
  assert.deepEqual(lineToMdx(paragraph), [paragraph]);
  assert.deepEqual(lineToMdx('**（一）坚持稳中求进。**我们实施积极的财政政策。'), ['<strong>（一）坚持稳中求进。</strong>我们实施积极的财政政策。']);
});

test('MDX and Markdown syntax in the text is escaped', () => {
  assert.equal(escapeText('<!-- 记者摄 --> <br> {a} [^1] a_b *c* 1|2 ~x~ &amp; \\'), '\\<!-- 记者摄 --\\> \\<br\\> \\{a\\} \\[^1\\] a\\_b \\*c\\* 1\\|2 \\~x\\~ \\&amp; \\\\');
  assert.deepEqual(lineToMdx('1. 加大改革力度，加快体制建设。'), ['1\\. 加大改革力度，加快体制建设。']);
  assert.deepEqual(lineToMdx('#标签'), ['\\#标签']);
  assert.deepEqual(lineToMdx('---'), ['\\---']);
  assert.deepEqual(lineToMdx('+ 加号'), ['\\+ 加号']);
  assert.deepEqual(lineToMdx('> 五年来，我国各族人民'), ['\\> 五年来，我国各族人民']);
  assert.deepEqual(lineToMdx('    这是缩进的一行'), ['这是缩进的一行']);
});

test('bold spans stay bold; list items stay list items; an unpaired ** is dropped', () => {
  assert.equal(inlineMdx('**各位代表：**'), '**各位代表：**');
  assert.equal(inlineMdx('重点**项目**推进'), '重点<strong>项目</strong>推进');
  assert.equal(inlineMdx('重点**项目推进'), '重点项目推进');
  assert.deepEqual(lineToMdx('- https://www.example.gov.cn/a_b'), ['- https://www.example.gov.cn/a\\_b']);
});

test('the plain text of a line drops every ** and heading mark, as the fidelity comparison does', () => {
  assert.equal(plainLine('***政府工作报告**'), '*政府工作报告');
  assert.equal(plainLine('** ** ——2023年1月13日'), '——2023年1月13日');
  assert.equal(plainLine('## **一、回顾**'), '一、回顾');
});

test('every non-empty line is a block', () => {
  assert.equal(bodyToMdx(['各位代表：', '现在，我代表省人民政府。', '', '一、回顾']), '各位代表：\n\n现在，我代表省人民政府。\n\n## 一、回顾\n');
});
