/**
 * Applies the site's spacing rule (./cjk-spacing.ts) to the text of every
 * report at build time, so the report files can keep the source's spacing
 * and the rule stays in one place. Whitespace at the edge of a text node is
 * judged against the neighbouring node's characters (`**粗体** 2021 年`).
 */
import type { Root, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isSpuriousBetween, removeSpuriousSpaces } from './cjk-spacing.ts';

function fixChildren(parent: Parent): void {
  const children = parent.children as RootContent[];
  children.forEach((node, i) => {
    if (node.type === 'text') {
      let value = removeSpuriousSpaces(node.value);
      const before = i > 0 ? toString(children[i - 1]).slice(-1) : '';
      const after = i < children.length - 1 ? toString(children[i + 1]).slice(0, 1) : '';
      const lead = /^\s+/.exec(value);
      if (lead && isSpuriousBetween(before, value.charAt(lead[0].length))) value = value.slice(lead[0].length);
      const trail = /\s+$/.exec(value);
      if (trail && isSpuriousBetween(value.charAt(value.length - trail[0].length - 1), after)) {
        value = value.slice(0, value.length - trail[0].length);
      }
      node.value = value;
    }
    if ('children' in node) fixChildren(node as Parent);
  });
}

export default function remarkCjkSpacing() {
  return (tree: Root) => fixChildren(tree);
}
