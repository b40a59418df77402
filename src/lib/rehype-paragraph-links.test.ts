import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Element, ElementContent, Root } from 'hast';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';
import { paragraphIds } from './paragraph-ids.ts';

const el = (tagName: string, ...children: (ElementContent | string)[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const run = (...children: Element[]) => {
  const tree: Root = { type: 'root', children };
  rehypeParagraphLinks({ label: '复制本段引用' })(tree);
  return tree;
};
const control = (block: Element) => block.children.at(-1) as Element;

test('a list item gets an li- id from its text and the control after it; a paragraph keeps its id', () => {
  const paragraph = el('p', '同一段。');
  const item = el('li', '同一段。');
  run(paragraph, el('ul', item));
  assert.equal(paragraph.properties.id, paragraphIds(['同一段。'])[0]);
  assert.equal(item.properties.id, paragraphIds(['同一段。'], 'li')[0]);
  assert.deepEqual(control(item), { type: 'element', tagName: 'a', properties: { href: `#${item.properties.id}`, className: ['cite-link'], ariaLabel: '复制本段引用' }, children: [] });
  assert.deepEqual(control(item).children, [], 'the control adds no text');
});

test('an item that holds paragraphs or a list is cited through them, not as a whole', () => {
  const inner = el('p', '松散列表的一项。');
  const loose = el('li', inner);
  const leaf = el('li', '子项。');
  const outer = el('li', '上级项', el('ul', leaf));
  run(el('ul', loose, outer));
  assert.equal(loose.properties.id, undefined);
  assert.equal(outer.properties.id, undefined);
  assert.match(String(inner.properties.id), /^p-/);
  assert.match(String(leaf.properties.id), /^li-/);
});
