/**
 * `npm run import` end to end: the fixture excerpts (tests/fixtures/import) are imported into a
 * scratch folder, imported again (same files), built with Astro, and every built page holds
 * exactly its source text with the listed repairs, compared as tests/fidelity.test.ts does.
 *
 * The fixtures are the first lines of real reports, in the corpus's layout (the folder names the
 * State Council or the province, the file name the year): a dateline comment before a bold title
 * and `##` headings (国务院 2008); a footnoted title, a date in Chinese numerals, a comment,
 * indented footnote lines, a speaker named without a role (国务院 1964, part); a metadata block
 * whose title is the only title, no session or speaker, a bold heading run into its paragraph
 * (内蒙古 2011); a plain title, plain headings and a numbered line (海南 1994); a city's folder
 * that does not name its province, a session line broken in two, no printed title (东莞 2024). The last line of
 * the 海南 excerpt (测试用：…) is not the report's: it was added to try `<br>`, a stray `<`,
 * braces, markup and a backslash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { applyRepairs, type RepairList } from '../src/lib/repairs.ts';
import { compact, firstDivergence, stripSourceMarkup } from '../src/lib/fidelity.ts';
import { rawFrontMatter } from '../src/lib/content-checks/front-matter.ts';
import { buildContent } from './run-astro.ts';
import { root } from './site.ts';
import { scratchDir } from './scratch.ts';

const fixtures = path.join(root, 'tests/fixtures/import');

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/import.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file under a folder with its text, to compare two imports. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.\w+$/.test(f))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

const out = scratchDir('import-');
const first = runImport('--out', out, fixtures);
const ids = ['guangdong-dongguan-2024-government-work-report', 'guowuyuan-1964-government-work-report-part', 'guowuyuan-2008-government-work-report', 'hainan-1994-government-work-report', 'neimenggu-2011-government-work-report'];

test('the fixtures import without problems, one report, repair list and source each', () => {
  assert.equal(first.status, 0, first.output);
  assert.deepEqual(readdirSync(path.join(out, 'reports')).sort(), ids.map((id) => `${id}.mdx`));
  assert.deepEqual(readdirSync(path.join(out, 'repairs')).sort(), ids.map((id) => `${id}.yaml`));
  assert.deepEqual(readdirSync(path.join(out, 'sources')).sort(), ids.map((id) => `${id}.md`));
});

test('the front matter says what the text says, and what it does not say is reported', () => {
  const data = (id: string) => rawFrontMatter(readFileSync(path.join(out, 'reports', `${id}.mdx`), 'utf8'));
  assert.deepEqual(data('guowuyuan-2008-government-work-report'), {
    title: '政府工作报告',
    subtitle: '——2008年3月5日在第十一届全国人民代表大会第一次会议上',
    kind: 'government-work-report',
    region: ['国务院'],
    issuer: '国务院',
    date: '2008-03-05',
    dateBasis: 'printed',
    occasion: '第十一届全国人民代表大会第一次会议',
    speaker: { role: '国务院总理', name: '温家宝' },
    source: 'guowuyuan-2008-government-work-report.md',
    description: '现在，我代表国务院，向大会报告本届政府过去五年的工作，对今年工作提出建议，请予审议，并请全国政协各位委员提出意见。',
  });
  // The folder names only the city: its province comes from the division codes; the session line runs over two lines.
  const dongguan = data('guangdong-dongguan-2024-government-work-report');
  assert.deepEqual(dongguan.region, ['广东省', '东莞市']);
  assert.equal(dongguan.issuer, '东莞市人民政府');
  assert.equal(dongguan.occasion, '东莞市第十七届人民代表大会第四次会议');
  assert.equal(dongguan.date, '2024-01-31');
  const hainan = data('hainan-1994-government-work-report');
  assert.equal(hainan.issuer, '海南省人民政府');
  assert.deepEqual(hainan.speaker, { role: '海南省省长', name: '阮崇武' });
  assert.match(String(hainan.sourceUrl), /^http:\/\/www\.hainan\.gov\.cn\//);
  assert.equal(data('guowuyuan-1964-government-work-report-part').date, '1964-12-21');
  const neimenggu = data('neimenggu-2011-government-work-report');
  assert.equal(neimenggu.title, '2011年内蒙古自治区政府工作报告');
  assert.equal(neimenggu.dateBasis, 'inferred');
  assert.match(first.output, /内蒙古自治区\/2011\.md → neimenggu-2011-government-work-report\n(?:.*\n)*?\s+not in the text: speaker/);
});

test('importing again writes the same files and no others', () => {
  const before = snapshot(out);
  const again = runImport('--out', out, fixtures);
  assert.equal(again.status, 0, again.output);
  assert.deepEqual(snapshot(out), before);
});

test('a file with problems is reported with all of them, and nothing is written', () => {
  const scratch = scratchDir('import-bad-');
  mkdirSync(path.join(scratch, 'in'));
  writeFileSync(path.join(scratch, 'in/notes.md'), '各位代表：\n\n正文。\n');
  const result = runImport('--out', path.join(scratch, 'out'), path.join(scratch, 'in'), fixtures);
  assert.equal(result.status, 1);
  assert.match(result.output, /✖ .*notes\.md\n\s+problem: title: .*\n\s+problem: date: .*\n\s+problem: region: .*\n\s+problem: kind: /);
  assert.deepEqual(readdirSync(scratch), ['in']);
});

test("the import's whole account of 600 files, its summary included, reaches a program that reads it through a pipe", () => {
  // Enough lines to outgrow what the pipe holds when the import ends (86 of the 600 arrived when it called process.exit).
  const scratch = scratchDir('import-many-');
  mkdirSync(path.join(scratch, 'in'));
  for (let i = 0; i < 600; i++) writeFileSync(path.join(scratch, `in/notes-${i}.md`), '各位代表：\n\n正文。\n');
  const result = runImport('--out', path.join(scratch, 'out'), path.join(scratch, 'in'));
  assert.equal(result.status, 1);
  assert.equal(result.output.match(/^✖ /gm)?.length, 600);
  assert.match(result.output, /600 file\(s\): 0 without problems, 600 with problems/);
});

test('the imported reports build, and each page holds exactly its source text with the listed repairs', () => {
  const build = buildContent({ REPORTS_DIR: path.join(out, 'reports'), INDICATORS_DIR: path.join(out, 'reports'), GLOSSARY_DIR: path.join(out, 'reports') });
  assert.equal(build.status, 0, build.output);
  for (const id of ids) {
    const { source, repairs } = parseYaml(readFileSync(path.join(out, 'repairs', `${id}.yaml`), 'utf8')) as RepairList;
    const expected = compact(stripSourceMarkup(applyRepairs(readFileSync(path.join(out, 'sources', source), 'utf8'), repairs)));
    const $ = cheerio.load(readFileSync(path.join(build.dist, 'reports', id, 'index.html'), 'utf8'));
    const actual = compact($('article').text());
    const divergence = firstDivergence(expected, actual);
    assert.equal(divergence, null, divergence ? `${id} differs at ${divergence.offset}:\n  source: ${divergence.expected}\n  page:   ${divergence.actual}` : '');
  }
});
