/**
 * Marks the paragraphs that end in a colon (各位代表：, “…局长刘湘元:”): each
 * introduces what follows it, so on paper it is kept with it (print.css,
 * .lead-in) rather than ending a page.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hastText } from './hast-text.ts';

export function isLeadIn(text: string): boolean {
  return /[：:]\s*$/u.test(text);
}

export default function rehypeLeadIns() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'p' && isLeadIn(hastText(node))) {
        node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'lead-in'];
      }
    });
  };
}
