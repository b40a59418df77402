/** The term links the build adds to the reports, from the glossaries (see rehype-glossary-terms.ts). */
import type { Glossary } from '../content/schema.ts';
import { glossaryAnchor } from './glossary.ts';
import type { TermLink } from './rehype-glossary-terms.ts';
import { joinBase } from './base-path.ts';

/** The id of the hidden element on each report page that holds an entry's definition. */
export function definitionId(glossary: Glossary, number: number): string {
  return `definition-${glossary.report}-${number}`;
}

/** `base` is the site's base path: the links are made in the Astro config, where Astro's modules (site-path.ts) are not available. */
export function termLinks(glossaries: readonly Glossary[], base: string): TermLink[] {
  return glossaries.flatMap((glossary) =>
    glossary.entries.map((entry) => ({
      term: entry.term,
      definition: entry.definition,
      href: joinBase(base, `/glossary/#${encodeURIComponent(glossaryAnchor(entry.term))}`),
      describedBy: definitionId(glossary, entry.number),
    })),
  );
}
