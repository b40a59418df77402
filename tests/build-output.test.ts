/** The build prints no warnings (the log is the one scripts/test.ts keeps). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './site.ts';

test('the build prints no warnings', () => {
  const log = readFileSync(path.join(root, 'test-results/build.log'), 'utf8');
  assert.match(log, /Complete!/);
  const warnings = log.split('\n').filter((line) => /\bWARN\b|warning/i.test(line));
  assert.deepEqual(warnings, []);
});
