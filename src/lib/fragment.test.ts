import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentId } from './fragment.ts';

test('a fragment names an id, percent-decoded', () => {
  assert.equal(fragmentId('#%E4%B8%80%E3%80%81%E6%80%BB%E4%BD%93'), '一、总体');
  assert.equal(fragmentId('p-1a2b3c4d'), 'p-1a2b3c4d');
  assert.equal(fragmentId(''), '');
});

test('a malformed fragment is taken as written, without throwing', () => {
  assert.equal(fragmentId('#%E0%A4%A'), '%E0%A4%A');
  assert.equal(fragmentId('#100%'), '100%');
});
