import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { reportOfResult, resultName, unpackDictionary, unpackTextChunk } from './text-chunks.ts';
import { packDictionary, packTextChunk, textDictionary } from './text-packing.ts';

const arrayBuffer = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
const chunk = {
  text: '各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议，并请省政协委员提出意见。推动高质量发展，𠀀 GDP 2.5%。',
  headings: [[-3, 'h-yi', '一、过去一年的工作'] as [number, string, string]],
  report: { title: '2024年政府工作报告', kindLabel: '政府工作报告', region: '湖南省', dateLabel: '2024年1月23日', chunks: 12 },
};

test('a chunk reads back as it was written, with the dictionary from its file, as the search page reads it', () => {
  const dictionary = textDictionary();
  assert.deepEqual(unpackTextChunk(unpackDictionary(arrayBuffer(packDictionary(dictionary))), arrayBuffer(packTextChunk(chunk, dictionary))), chunk);
});

test('the committed dictionary makes a report\'s chunk much smaller than deflate alone', () => {
  const dictionary = textDictionary();
  assert.ok(dictionary.length > 20_000 && dictionary.length <= 28_000, `${dictionary.length} bytes`);
  const alone = deflateRawSync(Buffer.from(JSON.stringify(chunk), 'utf16le'), { level: 9 }).length;
  const packed = packTextChunk(chunk, dictionary).length;
  assert.ok(packed < alone * 0.8, `${packed} bytes with the dictionary, ${alone} without`);
});

test('a result names its report, dots in the report\'s id included', () => {
  assert.equal(reportOfResult(resultName('hetang-2022-work-report', 'zh-cn_1a2b3c4')), 'hetang-2022-work-report');
  assert.equal(reportOfResult(resultName('plan.v2', 'zh-cn_1a2b3c4')), 'plan.v2');
});
