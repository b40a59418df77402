import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpuriousBetween, removeSpuriousSpaces } from './cjk-spacing.ts';

test('removes spaces between Chinese and digits or Latin letters, both ways', () => {
  assert.equal(removeSpuriousSpaces('天元区 GDP 完成 513 亿元，增长 8.3%'), '天元区GDP完成513亿元，增长8.3%');
  assert.equal(removeSpuriousSpaces('“三类 500\n\n强”项目'), '“三类500强”项目');
  assert.equal(removeSpuriousSpaces('8% 以上'), '8%以上');
});

test('removes line-wrap spaces between Chinese characters', () => {
  assert.equal(removeSpuriousSpaces('高于经济 增长'), '高于经济增长');
  assert.equal(removeSpuriousSpaces('区 六 届 人 大'), '区六届人大');
});

test('keeps spaces that are not next to Chinese, and ideographic spaces', () => {
  assert.equal(removeSpuriousSpaces('15% (9月调整为 25%)'), '15% (9月调整为25%)');
  assert.equal(removeSpuriousSpaces('IGZO target ok'), 'IGZO target ok');
  assert.equal(removeSpuriousSpaces('培育制造名城\u3000建设幸福株洲'), '培育制造名城\u3000建设幸福株洲');
});

test('judges whitespace across node boundaries the same way', () => {
  assert.equal(isSpuriousBetween('。', '2'), true);
  assert.equal(isSpuriousBetween('A', '年'), true);
  assert.equal(isSpuriousBetween('A', 'B'), false);
  assert.equal(isSpuriousBetween('', '年'), false);
});
