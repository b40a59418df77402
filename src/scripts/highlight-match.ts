/**
 * On a report page opened from a search result (`?hl=<query>#<section>`):
 * finds the query in the report text at or after the section's heading,
 * highlights it with the CSS Custom Highlight API (no change to the page's
 * DOM) and scrolls it into view.
 */
import { findAll } from '../lib/search/find.ts';
import { foldForSearch } from '../lib/search/fold.ts';

export const HIGHLIGHT_NAME = 'search-match';

function textNodesOf(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-editor-note]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

export function highlightMatch(): void {
  const query = foldForSearch(new URLSearchParams(location.search).get('hl') ?? '');
  const article = document.querySelector('article');
  if (!query || !article) return;
  const nodes = textNodesOf(article);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const anchorNode = anchor ? nodes.findIndex((node) => anchor.contains(node) || !!(anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) : 0;
  const from = anchorNode > 0 ? starts[anchorNode] : 0;
  const inSection = findAll(text.slice(from), query)[0];
  const match = inSection ? { start: inSection.start + from, end: inSection.end + from } : findAll(text, query)[0];
  if (!match) return;
  const locate = (at: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > at) i--;
    return { node: nodes[i], offset: at - starts[i] };
  };
  const start = locate(match.start);
  const end = locate(match.end - 1);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  start.node.parentElement?.scrollIntoView({ block: 'center' });
}
