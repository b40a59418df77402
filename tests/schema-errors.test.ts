/** A malformed report file stops the build, and the message names the file and the field. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAstro } from './run-astro.ts';

function buildFixture(folder: string) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'reports-fixture-'));
  return runAstro(['build', '--outDir', path.join(scratch, 'dist')], {
    REPORTS_DIR: `tests/fixtures/${folder}`,
    ASTRO_CACHE_DIR: path.join(scratch, 'cache'),
  });
}

test('a missing front-matter field fails the build, naming file and field', () => {
  const result = buildFixture('missing-field');
  const output = result.stdout + result.stderr;
  assert.notEqual(result.status, 0, 'the build must fail');
  assert.match(output, /no-date\.mdx/);
  assert.match(output, /date[\s\S]*required/);
});

test('an invalid front-matter value fails the build, naming file and field', () => {
  const result = buildFixture('invalid-field');
  const output = result.stdout + result.stderr;
  assert.notEqual(result.status, 0, 'the build must fail');
  assert.match(output, /unknown-kind\.mdx/);
  assert.match(output, /kind/);
});
