import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase } from './base-path.ts';

test('at the root, a site path stays as it is', () => {
  assert.equal(joinBase('/', '/'), '/');
  assert.equal(joinBase('/', '/reports/x/'), '/reports/x/');
  assert.equal(joinBase('', '/pagefind/pagefind.js'), '/pagefind/pagefind.js');
});

test('under a base, the base comes first, once, however its slashes are written', () => {
  for (const base of ['/sub', '/sub/', 'sub', 'sub/']) {
    assert.equal(joinBase(base, '/'), '/sub/');
    assert.equal(joinBase(base, '/reports/x/'), '/sub/reports/x/');
    assert.equal(joinBase(base, 'indicators.csv'), '/sub/indicators.csv');
  }
  assert.equal(joinBase('/a/b/', '/glossary/#term-三保'), '/a/b/glossary/#term-三保');
});
