import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provinceOf, regionSlug, splitPlace } from './regions.ts';

test('a printed place splits into its levels, a province first, the one a city belongs to when the place names none', () => {
  assert.deepEqual(splitPlace('株洲市荷塘区'), ['湖南省', '株洲市', '荷塘区']);
  assert.deepEqual(splitPlace('东莞市'), ['广东省', '东莞市']);
  assert.deepEqual(splitPlace('湘西土家族苗族自治州'), ['湖南省', '湘西土家族苗族自治州']);
  assert.deepEqual(splitPlace('上海市'), ['上海市']);
  // A district whose name no one province has to itself stays as printed.
  assert.deepEqual(splitPlace('城关区'), ['城关区']);
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

test('a city name names its province only when no other province has it', () => {
  assert.equal(provinceOf('东莞市'), '广东省');
  assert.equal(provinceOf('乌鲁木齐市'), '新疆维吾尔自治区');
  assert.equal(provinceOf('浦东新区'), '上海市');
  assert.equal(provinceOf('荷塘区'), undefined);
});
