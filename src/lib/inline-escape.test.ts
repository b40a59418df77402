import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonForScript } from './inline-escape.ts';

const attack = '</script><script>alert(1)</script> & \u2028\u2029';

test('JSON for a script element cannot close it, and reads back as the same value', () => {
  const json = jsonForScript({ description: attack });
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(json), { description: attack });
});

