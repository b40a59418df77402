import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRegions, compareRegionNames, levelsWithin, newestFirst, regionTree, yearIndex } from './regions.ts';

const report = (id: string, region: string[], date: string) => ({ id, data: { region, date: new Date(date) } });
const reports = [
  report('tianyuan-2022', ['湖南省', '株洲市', '天元区'], '2022-02-23'),
  report('hetang-2022', ['湖南省', '株洲市', '荷塘区'], '2022-02-24'),
  report('tianyuan-2024', ['湖南省', '株洲市', '天元区'], '2024-01-17'),
  report('zhuzhou-2021', ['湖南省', '株洲市'], '2021-12-31'),
  report('yunnan-2020', ['云南省'], '2020-01-15'),
  report('state-2024', ['国务院'], '2024-03-05'),
  // The same district name in another city is another region.
  report('xiangtan-yuetang', ['湖南省', '湘潭市', '岳塘区'], '2023-01-10'),
  report('hengyang-yuetang', ['湖南省', '衡阳市', '岳塘区'], '2023-01-11'),
];

test('the State Council comes first, then the regions in pinyin order', () => {
  assert.deepEqual(regionTree(reports).map((n) => n.name), ['国务院', '湖南省', '云南省']);
  assert.deepEqual(['云南省', '湖南省', '国务院', '安徽省'].sort(compareRegionNames), ['国务院', '安徽省', '湖南省', '云南省']);
});

test('each region counts the reports within it and holds its own, newest first', () => {
  const hunan = regionTree(reports)[1];
  assert.equal(hunan.total, 6);
  assert.deepEqual(hunan.reports, []);
  const zhuzhou = hunan.children.find((n) => n.name === '株洲市')!;
  assert.deepEqual(zhuzhou.path, ['湖南省', '株洲市']);
  assert.equal(zhuzhou.total, 4);
  assert.deepEqual(zhuzhou.reports.map((r) => r.id), ['zhuzhou-2021']);
  assert.deepEqual(zhuzhou.children.map((n) => [n.name, n.total]), [['荷塘区', 1], ['天元区', 2]]);
  assert.deepEqual(zhuzhou.children[1].reports.map((r) => r.id), ['tianyuan-2024', 'tianyuan-2022']);
});

test('regions with the same name in different places stay apart', () => {
  const paths = allRegions(regionTree(reports)).filter((n) => n.name === '岳塘区').map((n) => n.path.join('/'));
  assert.deepEqual(paths, ['湖南省/衡阳市/岳塘区', '湖南省/湘潭市/岳塘区']);
});

test('every region is listed once, each before the regions within it', () => {
  const paths = allRegions(regionTree(reports)).map((n) => n.path.join('/'));
  assert.equal(new Set(paths).size, paths.length);
  assert.equal(paths.length, 10);
  for (const [i, path] of paths.entries()) {
    const parent = path.split('/').slice(0, -1).join('/');
    if (parent) assert.ok(paths.indexOf(parent) < i, `${parent} before ${path}`);
  }
});

test('a region name holding “/” is refused, naming the report', () => {
  assert.throws(() => regionTree([report('odd', ['湖南省', '株洲/湘潭'], '2022-01-01')]), /odd.*株洲\/湘潭/);
});

test('the tree shows whole levels while they fit in the limit', () => {
  const tree = regionTree(reports);
  // 3 top-level regions, 3 cities, 4 districts.
  assert.equal(levelsWithin(tree, 10), 3);
  assert.equal(levelsWithin(tree, 9), 2);
  assert.equal(levelsWithin(tree, 6), 2);
  assert.equal(levelsWithin(tree, 5), 1);
  assert.equal(levelsWithin(tree, 1), 1, 'the top level always');
});

test('years newest first, each with its reports newest first', () => {
  const years = yearIndex(reports);
  assert.deepEqual(years.map((y) => [y.year, y.reports.length]), [[2024, 2], [2023, 2], [2022, 2], [2021, 1], [2020, 1]]);
  assert.deepEqual(years[0].reports.map((r) => r.id), ['state-2024', 'tianyuan-2024']);
});

test('reports of the same day are ordered by id, whatever the input order', () => {
  const a = report('a', ['国务院'], '2024-03-05');
  const b = report('b', ['国务院'], '2024-03-05');
  assert.deepEqual([b, a].sort(newestFirst), [a, b]);
});
