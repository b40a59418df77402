/** The text of a hast node and its descendants. */
import type { Nodes } from 'hast';

export function hastText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => hastText(child as Nodes)).join('') : '';
}
