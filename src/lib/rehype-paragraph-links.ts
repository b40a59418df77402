/**
 * Gives every paragraph of a report a stable id (./paragraph-ids.ts) and a
 * citation link after its text. The link has no text of its own (its mark is
 * drawn by CSS, its name is an aria-label), so the report's text is unchanged;
 * without scripts it is a permalink, with them it copies a citation.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { paragraphIds } from './paragraph-ids.ts';

/** A paragraph's own text: editor's notes are not part of it. */
function ownText(node: { type: string; name?: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.name === 'EditorNote' || !node.children) return '';
  return (node.children as (typeof node)[]).map(ownText).join('');
}

export default function rehypeParagraphLinks(options: { label: string }) {
  return (tree: Root) => {
    const paragraphs: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'p') paragraphs.push(node);
    });
    const ids = paragraphIds(paragraphs.map(ownText));
    paragraphs.forEach((p, i) => {
      p.properties.id = ids[i];
      p.children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `#${ids[i]}`, className: ['cite-link'], ariaLabel: options.label, dataCite: '' },
        children: [],
      });
    });
  };
}
