import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphIds } from './paragraph-ids.ts';

test('an id depends only on its own paragraph’s text', () => {
  const before = paragraphIds(['甲段。', '乙段。', '丙段。']);
  const edited = paragraphIds(['甲段，改过。', '乙段。', '新增一段。', '丙段。']);
  assert.equal(edited[1], before[1]);
  assert.equal(edited[3], before[2]);
  assert.notEqual(edited[0], before[0]);
  assert.deepEqual(paragraphIds(['乙段。']), [before[1]], 'and is the same on every build');
});

test('whitespace does not count; repeated paragraphs get numbered ids', () => {
  assert.equal(paragraphIds(['乙 段。'])[0], paragraphIds(['乙段。'])[0]);
  const [a, b] = paragraphIds(['同一段。', '同一段。']);
  assert.equal(b, `${a}-2`);
  assert.match(a, /^p-[0-9a-f]{8}$/);
});

test('other blocks take their own prefix, so a list item repeating a paragraph does not renumber it', () => {
  const [paragraph] = paragraphIds(['同一段。']);
  const [item] = paragraphIds(['同一段。'], 'li');
  assert.equal(item, paragraph.replace(/^p-/, 'li-'));
});
