/**
 * Gives every citable block of a report (each paragraph, and each list item that holds no
 * paragraph of its own) a stable id (./paragraph-ids.ts) and a citation link after its text.
 * The link has no text of its own (its mark is drawn by CSS, its name is an aria-label), so
 * the report's text is unchanged; without scripts it is a permalink, with them it copies a
 * citation. The glossary's entries get the same link from src/components/Glossary.astro.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { paragraphIds } from './paragraph-ids.ts';

/** A block's own text: editor's notes are not part of it. */
function ownText(node: { type: string; name?: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.name === 'EditorNote' || !node.children) return '';
  return (node.children as (typeof node)[]).map(ownText).join('');
}

/** A loose list's items hold paragraphs, and a nested list's items hold lists: those are cited, not the item. */
const holdsBlocks = (item: Element) => item.children.some((child) => child.type === 'element' && ['p', 'ul', 'ol'].includes(child.tagName));

function citeLink(id: string, label: string): ElementContent {
  return { type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['cite-link'], ariaLabel: label }, children: [] };
}

export default function rehypeParagraphLinks(options: { label: string }) {
  return (tree: Root) => {
    const paragraphs: Element[] = [];
    const items: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'p') paragraphs.push(node);
      if (node.tagName === 'li' && !holdsBlocks(node)) items.push(node);
    });
    for (const [blocks, prefix] of [[paragraphs, 'p'], [items, 'li']] as const) {
      const ids = paragraphIds(blocks.map(ownText), prefix);
      blocks.forEach((block, i) => {
        block.properties.id = ids[i];
        block.children.push(citeLink(ids[i], options.label));
      });
    }
  };
}
