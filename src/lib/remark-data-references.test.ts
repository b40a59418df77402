import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { danglingReferences, type DataFiles } from './remark-data-references.ts';

const files: DataFiles = {
  IndicatorTable: { dir: 'content/indicators', ids: new Set(['tianyuan-2022-plan']) },
  Glossary: { dir: 'content/glossary', ids: new Set(['hetang-2022-work-report']) },
};

function element(name: string, of: string | undefined, line: number) {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: of === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'of', value: of }],
    children: [],
    position: { start: { line, column: 1 }, end: { line, column: 30 } },
  };
}

test('a reference to a missing data file is named with its line; existing ones pass', () => {
  const tree = {
    type: 'root',
    children: [element('IndicatorTable', 'tianyuan-2022-plan', 3), element('IndicatorTable', 'nope', 5), element('Glossary', 'nope', 7), element('Glossary', undefined, 9), element('EditorNote', undefined, 11)],
  } as unknown as Root;
  assert.deepEqual(danglingReferences(tree, files), [
    'line 5: <IndicatorTable of="nope" />: there is no content/indicators/nope.yaml',
    'line 7: <Glossary of="nope" />: there is no content/glossary/nope.yaml',
    'line 9: <Glossary> needs of="<id>", a file name in content/glossary',
  ]);
});
