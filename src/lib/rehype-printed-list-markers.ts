/**
 * Marks the lists whose items all begin with a marker printed in the text
 * (the city special's “◆ 北斗产业园”): the text keeps its marker, so the list
 * must not draw a second one (CSS: .list--printed-markers).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hastText } from './hast-text.ts';

const PRINTED_MARKER = /^\s*[◆◇●○■□▲△▶►★☆•·※]/u;

export function hasPrintedMarkers(list: Element): boolean {
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.length > 0 && items.every((item) => PRINTED_MARKER.test(hastText(item)));
}

export default function rehypePrintedListMarkers() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'ul' || node.tagName === 'ol') && hasPrintedMarkers(node)) {
        node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'list--printed-markers'];
      }
    });
  };
}
