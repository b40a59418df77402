import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts } from './excerpt.ts';
import { findAll } from './find.ts';

const render = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

test('every occurrence the excerpt shows is marked, and nothing else', () => {
  const text = '坚持发展第一要务，推动高质量发展，以发展促稳定。';
  const matches = findAll(text, '发展');
  assert.equal(render(excerptParts(text, matches, matches[1], 40)), '坚持[发展]第一要务，推动高质量[发展]，以[发展]促稳定。');
});

test('the excerpt is cut around the match with ellipses, and an occurrence cut by the edge is not marked', () => {
  const text = `${'前'.repeat(50)}发展${'中'.repeat(8)}发展${'后'.repeat(50)}`;
  const matches = findAll(text, '发展');
  const shown = render(excerptParts(text, matches, matches[0], 9));
  assert.equal(shown, `…${'前'.repeat(9)}[发展]${'中'.repeat(8)}发…`);
});
