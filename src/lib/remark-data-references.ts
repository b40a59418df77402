/**
 * A report prints its indicator table and glossary from data files (`<IndicatorTable of="…" />`,
 * `<Glossary of="…" />`). A reference to a file that does not exist would only fail when the
 * page renders, naming the page; this check runs when the MDX file is compiled and names the
 * file and the line.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The data files each component can print, by component name: the folder (for messages) and the ids in it. */
export type DataFiles = Record<string, { dir: string; ids: ReadonlySet<string> }>;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Each reference in the tree to a data file that is not there, as a message with its line. */
export function danglingReferences(tree: Root, files: DataFiles): string[] {
  const problems: string[] = [];
  visit(tree, (node) => {
    // The MDX node types are not in mdast's own type list.
    const type: string = node.type;
    if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
    const { name, attributes } = node as unknown as { name: string | null; attributes: JsxAttribute[] };
    const data = name ? files[name] : undefined;
    if (!data) return;
    const line = node.position?.start.line ?? '?';
    const of = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'of')?.value;
    if (typeof of !== 'string') problems.push(`line ${line}: <${name}> needs of="<id>", a file name in ${data.dir}`);
    else if (!data.ids.has(of)) problems.push(`line ${line}: <${name} of="${of}" />: there is no ${data.dir}/${of}.yaml`);
  });
  return problems;
}

export default function remarkDataReferences({ files }: { files: () => DataFiles }) {
  return (tree: Root, file: { path?: string }) => {
    const problems = danglingReferences(tree, files());
    if (problems.length) {
      const where = file.path ? path.relative(process.cwd(), file.path) : 'a report';
      throw new Error(`${where}: ${problems.join('; ')}`);
    }
  };
}
