/**
 * Links glossary terms where they occur in a report: in each section (from one
 * h2 or h3 heading to the next), the first occurrence of each term becomes a
 * link to its glossary entry that carries the definition for the tooltip and
 * points to it with aria-describedby. Only existing text is wrapped, so the
 * report's text is unchanged. Headings, links and editor's notes are left alone.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface TermLink {
  term: string;
  definition: string;
  href: string;
  /** The id of the element that holds the definition for assistive technology. */
  describedBy: string;
}

type Node = RootContent | ElementContent;
type Parent = { children: Node[] };
/** MDX keeps components and inline HTML as JSX nodes in the tree; they have a name and may have children. */
type JsxNode = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; children: Node[] };

const SKIPPED = new Set(['a', 'h1', 'h4', 'h5', 'h6', 'script', 'style', 'EditorNote']);

/** Splits a text into plain pieces and the first occurrences of terms not yet linked in this section. */
export function splitTerms(text: string, terms: readonly TermLink[], linked: Set<string>): (string | TermLink)[] {
  const pieces: (string | TermLink)[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; link: TermLink } | null = null;
    for (const link of terms) {
      if (linked.has(link.term)) continue;
      const at = rest.indexOf(link.term);
      if (at >= 0 && (!best || at < best.at || (at === best.at && link.term.length > best.link.term.length))) best = { at, link };
    }
    if (!best) break;
    if (best.at > 0) pieces.push(rest.slice(0, best.at));
    pieces.push(best.link);
    linked.add(best.link.term);
    rest = rest.slice(best.at + best.link.term.length);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function linkElement(link: TermLink): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: link.href, className: ['glossary-term'], dataDefinition: link.definition, ariaDescribedBy: [link.describedBy] },
    children: [{ type: 'text', value: link.term }],
  };
}

export default function rehypeGlossaryTerms(options: { terms: TermLink[] }) {
  return (tree: Root) => {
    let linked = new Set<string>();
    const walk = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i];
        if (node.type === 'element' || node.type === ('mdxJsxFlowElement' as string) || node.type === ('mdxJsxTextElement' as string)) {
          const name = node.type === 'element' ? node.tagName : (node as unknown as JsxNode).name ?? '';
          if (name === 'h2' || name === 'h3') linked = new Set();
          if (SKIPPED.has(name) || name === 'h2' || name === 'h3') continue;
          if ('children' in node) walk(node as Parent);
        } else if (node.type === 'text') {
          const pieces = splitTerms(node.value, options.terms, linked);
          if (pieces.length === 1 && typeof pieces[0] === 'string') continue;
          const replacement: Node[] = pieces.map((piece) => (typeof piece === 'string' ? { type: 'text', value: piece } : linkElement(piece)));
          parent.children.splice(i, 1, ...replacement);
          i += replacement.length - 1;
        }
      }
    };
    walk(tree as Parent);
  };
}
