import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionOptions } from './filter-options.ts';

test('every region is offered once, under the regions above it', () => {
  const options = regionOptions([
    ['湖南省', '株洲市', '荷塘区'],
    ['湖南省', '株洲市', '天元区'],
    ['湖南省', '株洲市'],
    ['国务院'],
    ['湖南省', '株洲市', '天元区'],
  ]);
  assert.deepEqual(
    options.map((o) => `${'  '.repeat(o.depth)}${o.label}`),
    ['国务院', '湖南省', '  株洲市', '    荷塘区', '    天元区'],
  );
  assert.equal(options.find((o) => o.label === '天元区')!.value, '湖南省/株洲市/天元区');
});
