import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, ElementContent, Root } from 'hast';
import rehypeLeadIns, { isLeadIn } from './rehype-lead-ins.ts';

test('a paragraph ending in a colon, full-width or not, is a lead-in', () => {
  assert.ok(isLeadIn('各位代表：'));
  assert.ok(isLeadIn('市乡村振兴局党组书记、局长刘湘元:\n'));
  assert.ok(!isLeadIn('目标：实现全覆盖。'));
});

test('marks lead-in paragraphs only, including one whose colon is in bold', () => {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const el = (tagName: string, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
  const bold = el('p', el('strong', text('市科技局党组书记、局长李红:')));
  const body = el('p', text('我们将切实抓好产业创新服务。'));
  const heading = el('h3', text('抓好十大产业项目:'));
  rehypeLeadIns()({ type: 'root', children: [bold, body, heading] } satisfies Root);
  assert.deepEqual(bold.properties.className, ['lead-in']);
  assert.equal(body.properties.className, undefined);
  assert.equal(heading.properties.className, undefined);
});
