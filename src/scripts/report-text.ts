/**
 * A report's text as search sees it: the text of its <article> without the editor's notes, with
 * the way back from an offset in that text to a place in the page.
 */
export interface ReportText {
  /** The text nodes, in document order, and the text they make together. */
  nodes: Text[];
  text: string;
  /** starts[i]: the offset in `text` at which nodes[i] begins. */
  starts: number[];
}

export function reportTextOf(article: Element): ReportText {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-editor-note]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push(node);
    starts.push(text.length);
    text += node.data;
  }
  return { nodes, text, starts };
}

/** The text node holding the character at `offset`, and the offset within it. */
function locate({ nodes, starts }: ReportText, offset: number): { node: Text; offset: number } {
  let low = 0;
  let high = starts.length - 1;
  // The last node that begins at or before the offset (it holds the offset: an empty node is followed by one that begins where it does).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { node: nodes[low], offset: offset - starts[low] };
}

/** The page range of the text from `start` to `end` (exclusive, non-empty). */
export function rangeOf(report: ReportText, start: number, end: number): Range {
  const from = locate(report, start);
  const to = locate(report, end - 1);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return range;
}

/** The offset in the text at which an element's text begins (the text after it, if it holds none; the text's length if none follows). */
export function offsetOf({ nodes, starts, text }: ReportText, element: Element): number {
  const i = nodes.findIndex((node) => element.contains(node) || !!(element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
  return i < 0 ? text.length : starts[i];
}
