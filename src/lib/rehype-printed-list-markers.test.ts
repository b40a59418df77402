import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, ElementContent, Root } from 'hast';
import rehypePrintedListMarkers from './rehype-printed-list-markers.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, ...children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
const list = (...items: string[]) => el('ul', text('\n'), ...items.map((item) => el('li', text(item))), text('\n'));

test('marks the lists whose every item begins with a printed marker, and keeps their text', () => {
  const marked = list('◆ 北斗产业园', '◆ 航空动力重大专项');
  const plain = list('北斗产业园', '航空动力重大专项');
  const mixed = list('◆ 北斗产业园', '航空动力重大专项');
  const strong = el('ol', el('li', el('strong', text('● 一')), text('二')));
  const tree: Root = { type: 'root', children: [marked, plain, mixed, strong] };
  rehypePrintedListMarkers()(tree);
  assert.deepEqual(marked.properties.className, ['list--printed-markers']);
  assert.equal(plain.properties.className, undefined);
  assert.equal(mixed.properties.className, undefined);
  assert.deepEqual(strong.properties.className, ['list--printed-markers']);
  assert.equal(((marked.children[1] as Element).children[0] as { value: string }).value, '◆ 北斗产业园');
});
