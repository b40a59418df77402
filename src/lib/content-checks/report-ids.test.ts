import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idProblems, reportId } from './report-ids.ts';

test('the id is the slug field, else the file name in lower case', () => {
  assert.equal(reportId('Tianyuan-2024.mdx', {}), 'tianyuan-2024');
  assert.equal(reportId('a.mdx', { slug: 'tianyuan-2024' }), 'tianyuan-2024');
});

test('files that differ only in case, or share a slug, clash, naming both files', () => {
  const problems = idProblems([
    { file: 'r/Tianyuan.mdx', id: 'tianyuan' },
    { file: 'r/tianyuan.mdx', id: 'tianyuan' },
    { file: 'r/other.mdx', id: 'hetang' },
  ]);
  assert.deepEqual(problems, ['r/Tianyuan.mdx and r/tianyuan.mdx: both have the id "tianyuan" (from the file name or a slug field); ids must be unique']);
});

test('an id that is not URL-safe is named', () => {
  assert.deepEqual(idProblems([{ file: 'r/天元.mdx', id: '天元' }]), ['r/天元.mdx: the id "天元" must be lower-case ASCII letters and digits joined by hyphens']);
  assert.deepEqual(idProblems([{ file: 'r/a-1.mdx', id: 'a-1' }]), []);
});
