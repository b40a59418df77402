import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'hast';
import rehypeGlossaryTerms, { splitTerms, type TermLink } from './rehype-glossary-terms.ts';

const terms: TermLink[] = [
  { term: '三高四新', definition: '是指打造“三个高地”……', href: '/glossary/#term-三高四新', describedBy: 'gloss-5' },
  { term: '三保', definition: '是指保基本民生、保工资、保运转。', href: '/glossary/#term-三保', describedBy: 'gloss-4' },
];

test('links the first occurrence of each term and keeps the text', () => {
  const pieces = splitTerms('全面落实“三高四新”战略，守牢三保底线，再谈三高四新。', terms, new Set());
  assert.deepEqual(
    pieces.map((p) => (typeof p === 'string' ? p : `[${p.term}]`)),
    ['全面落实“', '[三高四新]', '”战略，守牢', '[三保]', '底线，再谈三高四新。'],
  );
});

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, ...children: Root['children']) => ({ type: 'element' as const, tagName, properties: {}, children }) as Root['children'][number];

test('links once per section, not in headings, links or editor notes', () => {
  const tree: Root = {
    type: 'root',
    children: [
      el('h2', text('三高四新')),
      el('p', text('落实三高四新。'), el('a', text('三保'))),
      el('p', text('三高四新，三保。')),
      { type: 'mdxJsxTextElement', name: 'EditorNote', attributes: [], children: [text('三保')] } as unknown as Root['children'][number],
      el('h3', text('下一节')),
      el('p', text('又见三高四新。')),
    ],
  };
  rehypeGlossaryTerms({ terms })(tree);
  const links: string[] = [];
  const collect = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.properties?.className && (node.properties.className as string[]).includes('glossary-term')) {
      links.push(((node.children as { value: string }[])[0]).value);
    }
    (node.children as (typeof node)[] | undefined)?.forEach(collect);
  };
  collect(tree);
  assert.deepEqual(links, ['三高四新', '三保', '三高四新']);
});
