import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssString, runningHeaderCss } from './running-header.ts';

test('a title is a CSS string as it is, with quotes, backslashes and line breaks escaped', () => {
  assert.equal(cssString('株洲市天元区2022年计划报告'), '"株洲市天元区2022年计划报告"');
  assert.equal(cssString('关于“十四五”的"说明"'), '"关于“十四五”的\\"说明\\""');
  assert.equal(cssString('a\\b'), '"a\\\\b"');
  assert.equal(cssString('上\n下'), '"上\\a 下"');
});

test('the stylesheet puts the title in the top centre of every printed page, and names no layer', () => {
  const css = runningHeaderCss('报告');
  assert.ok(css.startsWith('@charset "UTF-8";\n'), '@charset comes first, as CSS requires');
  assert.match(css, /^@page \{\s*@top-center \{ content: "报告"; \}/m);
  assert.doesNotMatch(css, /@layer/);
});
