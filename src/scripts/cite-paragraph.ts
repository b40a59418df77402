/**
 * The citation link after each citable block (paragraph, list item, glossary entry): copies
 * the citation of that place (src/lib/citation.ts), says so in a toast beside the link and in
 * the page's live region, and marks the block (its address becomes the page's fragment, so
 * :target styles it).
 */
import { ui } from '../i18n/zh-CN.ts';
import { formatCitation, localDay, type CitationSource } from '../lib/citation.ts';

/** Long enough to read the confirmation, short enough not to cover the text for long. */
const TOAST_MS = 4000;

export function citationFor(block: Element): string {
  const source = JSON.parse(block.closest<HTMLElement>('[data-citation]')!.dataset.citation!) as CitationSource;
  // The page's own address, so the citation is right wherever the site is served.
  return formatCitation(source, localDay(new Date()), `${location.origin}${location.pathname}#${block.id}`);
}

export function startCitations(status: HTMLElement, toast: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(timer);
    toast.hidden = true;
    status.textContent = '';
  };
  /** Shows the toast under the link, inside the viewport. */
  const show = (link: Element, message: string, citation?: string) => {
    clearTimeout(timer);
    toast.replaceChildren(message);
    if (citation) {
      const text = document.createElement('span');
      text.className = 'cite-toast__citation';
      text.textContent = citation;
      toast.append(text);
    }
    toast.hidden = false;
    const box = link.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - toast.offsetWidth - 8));
    toast.style.insetBlockStart = `${box.bottom + scrollY + 4}px`;
    toast.style.insetInlineStart = `${left + scrollX}px`;
    // A live region announces a change: emptied first, the same message twice is heard twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = citation ? `${message}${citation}` : message));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !toast.hidden) hide();
  });
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.cite-link');
    const block = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!link || !block) {
      if (!(event.target as Element).closest('.cite-toast')) hide();
      return;
    }
    event.preventDefault();
    // A navigation to the fragment (in place of the current entry) re-evaluates :target, which marks the block.
    // It also scrolls to the block and moves focus there: the reader stays where they were, on the control.
    const [x, y] = [scrollX, scrollY];
    location.replace(`#${block.id}`);
    scrollTo(x, y);
    link.focus({ preventScroll: true });
    const citation = citationFor(block);
    try {
      await navigator.clipboard.writeText(citation);
      show(link, ui.cite.copied);
      timer = setTimeout(hide, TOAST_MS);
    } catch {
      // The toast then holds the citation, selected for copying by hand; it stays until dismissed.
      show(link, ui.cite.failed, citation);
      const range = document.createRange();
      range.selectNodeContents(toast.querySelector('.cite-toast__citation')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  });
}
