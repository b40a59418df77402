import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBaseUnit, IndicatorValueError, parseIndicatorValue } from './indicator-values.ts';

test('numbers with their units, negative ones too', () => {
  assert.deepEqual(parseIndicatorValue('8.3%'), { kind: 'exact', value: 8.3, unit: '%' });
  assert.deepEqual(parseIndicatorValue('-0.3%'), { kind: 'exact', value: -0.3, unit: '%' });
  assert.deepEqual(parseIndicatorValue('7000 人'), { kind: 'exact', value: 7000, unit: '人' });
  assert.deepEqual(parseIndicatorValue('5.2 万人'), { kind: 'exact', value: 5.2, unit: '万人' });
});

test('a range, an approximate target, a qualitative one, none', () => {
  assert.deepEqual(parseIndicatorValue('8%-8.5%'), { kind: 'range', min: 8, max: 8.5, unit: '%' });
  assert.deepEqual(parseIndicatorValue('7.5%左右'), { kind: 'approx', value: 7.5, unit: '%' });
  assert.deepEqual(parseIndicatorValue('高于经济 增长'), { kind: 'qualitative', text: '高于经济增长' });
  assert.deepEqual(parseIndicatorValue('/'), { kind: 'none' });
});

test('a value with a printed note keeps the note', () => {
  assert.deepEqual(parseIndicatorValue('15% (9月调整为 25%)'), { kind: 'exact', value: 15, unit: '%', note: '9月调整为25%' });
});

test('full-width digits and signs keep their meaning', () => {
  assert.deepEqual(parseIndicatorValue('８.3％'), { kind: 'exact', value: 8.3, unit: '%' });
  assert.deepEqual(parseIndicatorValue('７.５％左右'), { kind: 'approx', value: 7.5, unit: '%' });
});

test('a malformed number or an empty cell is an error, never a qualitative target', () => {
  for (const printed of ['8..3%', '8.3%%', '约8%', '', '  ']) {
    assert.throws(() => parseIndicatorValue(printed), IndicatorValueError, JSON.stringify(printed));
  }
});

test('万 units convert to their base for charting', () => {
  assert.deepEqual(inBaseUnit(5.2, '万人'), { value: 52_000, unit: '人' });
  assert.deepEqual(inBaseUnit(8, '%'), { value: 8, unit: '%' });
});
