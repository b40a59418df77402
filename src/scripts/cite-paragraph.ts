/**
 * The citation link after each paragraph: copies the report's title, the
 * section heading, the date and the paragraph's address, and marks the
 * paragraph (its address becomes the page's fragment, so :target styles it).
 */
import { ui } from '../i18n/zh-CN.ts';

function sectionOf(paragraph: Element): string {
  const headings = [...document.querySelectorAll('article :is(h2, h3, h4, h5, h6)')];
  const before = headings.filter((h) => h.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
  return before?.textContent?.trim() ?? '';
}

export function citationFor(paragraph: Element): string {
  const title = document.querySelector('article h1')?.textContent?.trim() ?? document.title;
  const date = document.querySelector('.report-meta time')?.parentElement?.textContent?.trim() ?? '';
  const url = `${location.origin}${location.pathname}#${paragraph.id}`;
  return ui.cite.format(title, sectionOf(paragraph), date, url);
}

export function startCitations(status: HTMLElement): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.cite-link');
    const paragraph = link?.closest('p[id]');
    if (!link || !paragraph) return;
    event.preventDefault();
    history.replaceState(null, '', `#${paragraph.id}`);
    // Re-evaluates :target, which marks the paragraph.
    location.hash = paragraph.id;
    const citation = citationFor(paragraph);
    try {
      await navigator.clipboard.writeText(citation);
      status.textContent = ui.cite.copied;
    } catch {
      status.textContent = ui.cite.failed;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  });
}
