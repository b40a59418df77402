import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOME_RECENT, HOME_TREE_REGIONS, homePage } from './home-page.ts';
import { allRegions, type RegionNode, type Browsable } from './regions.ts';
import { tinyRegion } from '../../scripts/tiny-reports.ts';

const report = (i: number, region: string[], year: number) => ({ id: `r${i}`, data: { region, date: new Date(`${year}-03-01`) } });

/** The regions the home page shows: the tree down to its shown levels. */
function shownRegions(nodes: RegionNode<Browsable>[], levels: number): number {
  return levels ? nodes.reduce((sum, n) => sum + 1 + shownRegions(n.children, levels - 1), 0) : 0;
}

test('with a few reports the home page shows them all and the whole tree', () => {
  const five = [
    report(1, ['湖南省', '株洲市', '天元区'], 2022),
    report(2, ['湖南省', '株洲市', '荷塘区'], 2022),
    report(3, ['湖南省', '株洲市', '天元区'], 2024),
    report(4, ['湖南省', '株洲市'], 2021),
    report(5, ['湖南省', '株洲市', '天元区'], 2021),
  ];
  const home = homePage(five);
  assert.equal(home.total, 5);
  assert.deepEqual(home.recent.map((r) => r.id), ['r3', 'r1', 'r2', 'r4', 'r5']);
  assert.equal(home.regionLevels, 3);
  assert.deepEqual(home.years, [{ year: 2024, count: 1 }, { year: 2022, count: 2 }, { year: 2021, count: 2 }]);
});

test('with thousands of reports the home page stays within its limits', () => {
  const many = Array.from({ length: 3000 }, (_, i) => report(i, tinyRegion(i), 1990 + (i % 37)));
  const home = homePage(many);
  assert.equal(home.total, 3000);
  assert.equal(home.recent.length, HOME_RECENT);
  assert.ok(allRegions(home.regions).length > HOME_TREE_REGIONS, 'the generated set has more regions than the home page shows');
  assert.ok(shownRegions(home.regions, home.regionLevels) <= HOME_TREE_REGIONS);
  assert.equal(home.regionLevels, 2, 'provinces and cities, not districts');
  assert.equal(home.years.length, 37);
  assert.equal(home.years.reduce((sum, y) => sum + y.count, 0), 3000);
});
