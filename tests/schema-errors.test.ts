/** An authoring mistake stops the build, and the message names the file and the field or place. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildContent } from './run-astro.ts';
import { scratchDir } from './scratch.ts';

const fixtures = 'tests/fixtures';

test('a missing front-matter field fails the build, naming file and field', () => {
  const { status, output } = buildContent({ REPORTS_DIR: `${fixtures}/missing-field` });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /no-date\.mdx/);
  assert.match(output, /date[\s\S]*required/);
});

test('an invalid front-matter value fails the build, naming file and field', () => {
  const { status, output } = buildContent({ REPORTS_DIR: `${fixtures}/invalid-field` });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /unknown-kind\.mdx/);
  assert.match(output, /kind/);
});

test('an impossible date and clashing ids fail the build together, naming the files', () => {
  // Tianyuan.mdx beside tianyuan.mdx is written here, not committed: a clone on a case-insensitive
  // file system (macOS, Windows) could not check out both. There it cannot exist, nor be tested.
  const dir = path.join(scratchDir('report-files-'), 'report-files');
  cpSync(`${fixtures}/report-files`, dir, { recursive: true });
  writeFileSync(path.join(dir, 'Tianyuan.mdx'), readFileSync(path.join(dir, 'tianyuan.mdx'), 'utf8').replace('正文。', '另一份正文。'));
  const caseSensitive = readdirSync(dir).includes('tianyuan.mdx') && readdirSync(dir).includes('Tianyuan.mdx');
  const { status, output } = buildContent({ REPORTS_DIR: dir });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /report-files\/bad-date\.mdx: date: 2022-02-30 is not a day of the calendar/);
  if (caseSensitive) assert.match(output, /report-files\/Tianyuan\.mdx and \S*report-files\/tianyuan\.mdx: both have the id "tianyuan"/);
  assert.match(output, /report-files\/first-slug\.mdx and \S*report-files\/second-slug\.mdx: both have the id "tianyuan-2024"/);
});

test('indicator values that do not parse fail the build, naming the file and the cell', () => {
  const { status, output } = buildContent({
    REPORTS_DIR: `${fixtures}/data-files/reports`,
    INDICATORS_DIR: `${fixtures}/data-files/indicators`,
    GLOSSARY_DIR: `${fixtures}/data-files/reports`,
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /data-files\/indicators\/bad-values\.yaml/);
  assert.match(output, /rows\.0\.values\.0[\s\S]*"8\.\.3%" is not a number/);
  assert.match(output, /rows\.0\.values\.1[\s\S]*an empty cell/);
  // Full-width digits are read as digits, and words without digits are a qualitative target.
  assert.doesNotMatch(output, /rows\.1\.values/);
});

test('a repeated glossary number or term fails the build, naming the file and the entry', () => {
  const { status, output } = buildContent({ REPORTS_DIR: `${fixtures}/data-files/reports`, GLOSSARY_DIR: `${fixtures}/data-files/glossary` });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /data-files\/glossary\/repeats\.yaml/);
  assert.match(output, /entries\.1\.number: number 1 repeats entry 1's/);
  assert.match(output, /entries\.2\.term: term 三保 repeats entry 1's/);
});

test('<IndicatorTable of> or <Glossary of> naming no data file fails the build, naming the report file and line', () => {
  const { status, output } = buildContent({ REPORTS_DIR: `${fixtures}/dangling-reference` });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /dangling-reference\/refers-to-nothing\.mdx: line 14: <IndicatorTable of="nope" \/>: there is no content\/indicators\/nope\.yaml/);
  assert.match(output, /line 16: <Glossary of="nope" \/>: there is no content\/glossary\/nope\.yaml/);
});
