import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainTextDictionary } from './text-dictionary.ts';

const reports = [
  '各位代表：现在，我代表市人民政府向大会报告工作。全年地区生产总值增长6%。',
  '各位代表：现在，我代表区人民政府向大会报告工作。粮食产量稳定。',
  '各位代表：过去一年，我们推动高质量发展，地区生产总值增长5%。',
  '各位代表：推动高质量发展，建设美丽乡村。',
];

test('the dictionary holds what many reports say, not what one says, within its size', () => {
  const dictionary = trainTextDictionary(reports, 60, 2);
  for (const common of ['各位代表：', '人民政府向大会报告工作。', '推动高质量发展，', '地区生产总值增长']) assert.ok(dictionary.includes(common), `${common} in ${dictionary}`);
  assert.ok(!dictionary.includes('美丽乡村'));
  assert.ok(Array.from(dictionary).length <= 60);
});

test('the most valuable strings come last, nearest the chunk', () => {
  const dictionary = trainTextDictionary(reports, 60, 2);
  // 各位代表： is in all four reports; 推动高质量发展 in two.
  assert.ok(dictionary.lastIndexOf('各位代表') > dictionary.indexOf('推动高质量发展'));
});
