import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, firstDivergence, stripSourceMarkup } from './fidelity.ts';

test('strips the source files’ Markdown but not their text', () => {
  assert.equal(stripSourceMarkup('## **二、关于**\n- ◆ 北斗\n**(一) 抓产业。**获评'), '二、关于\n◆ 北斗\n(一) 抓产业。获评');
});

test('compact removes every kind of space', () => {
  assert.equal(compact(' 区 六\u3000届\n人\u00A0大 '), '区六届人大');
});

test('reports where a deleted sentence was', () => {
  const d = firstDivergence('甲乙丙丁', '甲乙丁');
  assert.equal(d?.offset, 2);
  assert.match(d!.expected, /⟦丙丁/);
  assert.equal(firstDivergence('甲', '甲'), null);
});
