import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionSlug, splitPlace } from './regions.ts';

test('a printed place splits into its levels, a province first', () => {
  assert.deepEqual(splitPlace('株洲市荷塘区'), ['株洲市', '荷塘区']);
  assert.deepEqual(splitPlace('湖南省株洲市'), ['湖南省', '株洲市']);
  assert.deepEqual(splitPlace('内蒙古自治区'), ['内蒙古自治区']);
  assert.deepEqual(splitPlace('全国'), []);
});

test('region ids are readable and tell 陕西 from 山西', () => {
  assert.equal(regionSlug(['国务院']), 'guowuyuan');
  assert.equal(regionSlug(['陕西省']), 'shaanxi');
  assert.equal(regionSlug(['山西省']), 'shanxi');
  assert.equal(regionSlug(['湖南省', '株洲市', '荷塘区']), 'hunan-zhuzhou-hetang');
});
