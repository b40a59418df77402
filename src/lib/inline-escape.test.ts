import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssString, jsonForScript } from './inline-escape.ts';

const attack = '</script><script>alert(1)</script> & \u2028\u2029';

test('JSON for a script element cannot close it, and reads back as the same value', () => {
  const json = jsonForScript({ description: attack });
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(json), { description: attack });
});

test('a CSS string cannot close the style element or its own quotes', () => {
  const css = cssString('株洲"</style><script>alert(1)</script>\\\n');
  assert.equal(css, '"株洲\\22 \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\5c \\a "');
});
