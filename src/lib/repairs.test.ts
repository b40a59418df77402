import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyRepairs, listedNotes, RepairError } from './repairs.ts';

const source = '第一段。\n\n页眉 3\n\n突破 3000\n\n亿元。\n\n二、标题\n\n块在前。\n\n一、标题\n\n正文（P4）';

test('applies deletes, moves and replacements in order', () => {
  const out = applyRepairs(source, [
    { kind: 'delete', text: '页眉 3', reason: 'page furniture' },
    { kind: 'join', at: '3000\n\n亿元', reason: 'page break' },
    { kind: 'move', text: '块在前。', after: '二、标题', reason: 'reading order' },
    { kind: 'replace', from: '（P4）', to: '(P4)', reason: 'example' },
    { kind: 'note', text: '编者注', reason: 'example' },
  ]);
  assert.ok(!out.includes('页眉'));
  assert.ok(out.includes('(P4)'));
  assert.ok(out.indexOf('二、标题') < out.indexOf('块在前。'));
});

test('a repair whose text is not in the source fails, naming the repair', () => {
  assert.throws(() => applyRepairs(source, [{ kind: 'delete', text: '不存在', reason: 'x' }]), /repair 1 \(delete\): not found/);
});

test('an ambiguous repair fails', () => {
  assert.throws(() => applyRepairs(source, [{ kind: 'delete', text: '标题', reason: 'x' }]), RepairError);
});

test('a join must span a blank line', () => {
  assert.throws(() => applyRepairs(source, [{ kind: 'join', at: '第一段', reason: 'x' }]), /blank line/);
});

test('lists the editor notes', () => {
  assert.deepEqual(listedNotes([{ kind: 'note', text: 'a', reason: 'b' }, { kind: 'delete', text: 'c', reason: 'd' }]), ['a']);
});
