/**
 * Many tiny report files, for building the browse pages at scale: varied regions
 * (国务院, provinces, cities, districts, with district names repeated across cities
 * as in reality) and years, one sentence of text each. Deterministic: report i is
 * always the same. The browse test and `npm run bench:browse` share it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PROVINCES = ['河北省', '山西省', '江苏省', '浙江省', '安徽省', '河南省', '湖南省', '广东省', '四川省', '云南省', '甘肃省', '内蒙古自治区'];
const CITY_STEMS = ['东阳', '西宁', '南平', '北安', '中山', '清河', '长林', '安康', '宁远', '平川'];
const DISTRICTS = ['城关区', '新华区', '开发区', '东城区', '西湖区', '平安县', '永和县', '高新区'];
const KINDS = ['government-work-report', 'annual-plan-report', 'budget-report'] as const;

/** The region of tiny report i: one in ten the State Council's, the rest provinces, cities and districts. */
export function tinyRegion(i: number): string[] {
  const province = PROVINCES[i % PROVINCES.length];
  const city = `${CITY_STEMS[Math.floor(i / PROVINCES.length) % CITY_STEMS.length]}市`;
  const district = DISTRICTS[Math.floor(i / 7) % DISTRICTS.length];
  switch (i % 10) {
    case 0: return ['国务院'];
    case 1: case 2: return [province];
    case 3: case 4: case 5: return [province, city];
    default: return [province, city, district];
  }
}

/** The front matter and text of tiny report i. */
export function tinyReport(i: number): string {
  const region = tinyRegion(i);
  const name = region[region.length - 1];
  const year = 1990 + ((i * 7) % 37);
  const date = `${year}-${String(1 + (i % 3)).padStart(2, '0')}-${String(10 + (i % 18)).padStart(2, '0')}`;
  return [
    '---',
    `title: ${name}政府工作报告`,
    `kind: ${KINDS[i % KINDS.length]}`,
    `region: [${region.join(', ')}]`,
    `issuer: ${name === '国务院' ? name : `${name}人民政府`}`,
    `date: ${date}`,
    'dateBasis: printed',
    `source: tiny-${i}.txt`,
    `description: ${name}${year}年的报告，回顾过去一年的工作并部署当年任务。`,
    '---',
    '',
    `各位代表：现在，我代表${name}人民政府，向大会报告工作（第 ${i} 份）。`,
    '',
  ].join('\n');
}

/** Writes `count` tiny reports (tiny-00000.mdx …) into `dir`. */
export function writeTinyReports(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `tiny-${String(i).padStart(5, '0')}.mdx`), tinyReport(i));
}

/**
 * Builds the site, in a folder of its own, from the real reports and `count` tiny ones
 * (the real reports stay: the glossary and indicator pages need theirs). `remove()` deletes it.
 */
export function buildTinySite(count: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiny-site-'));
  const reports = path.join(dir, 'reports');
  cpSync(path.join(root, 'content/reports'), reports, { recursive: true });
  writeTinyReports(reports, count);
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, REPORTS_DIR: reports, ASTRO_CACHE_DIR: path.join(dir, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    dist: path.join(dir, 'dist'),
    ok: result.status === 0,
    output: result.stdout + result.stderr,
    ms: performance.now() - started,
    remove: () => rmSync(dir, { recursive: true }),
  };
}
