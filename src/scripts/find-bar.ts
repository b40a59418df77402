/**
 * The find bar of a report page (src/components/FindBar.astro): every occurrence of the query
 * highlighted, the current one marked apart, "第 i / 共 N 处", previous and next (buttons, F3 and
 * Shift+F3 anywhere, Shift+Enter in the bar) and a way to close it (the button or Esc in the bar),
 * which removes the highlights and drops `hl` from the address. Highlights use the CSS Custom
 * Highlight API, so the page's DOM is not changed.
 */
import { ui } from '../i18n/zh-CN.ts';

/** The names the stylesheet paints: every occurrence, and the current one. */
export const ALL_MATCHES = 'search-match';
export const CURRENT_MATCH = 'search-match-current';

const canHighlight = () => 'highlights' in CSS;

/** Brings a range to the middle of the window, scrolling any box it sits in (a wide table) first. */
function scrollToRange(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = range.getBoundingClientRect();
  scrollBy({ top: box.top + box.height / 2 - innerHeight / 2 });
}

/** Shows the bar for a query's occurrences (as page ranges), starting at occurrences[first]. */
export function openFindBar(bar: HTMLElement, query: string, ranges: readonly Range[], first: number): void {
  const status = bar.querySelector<HTMLElement>('.find-bar__status')!;
  const button = (name: string) => bar.querySelector<HTMLButtonElement>(`[data-find="${name}"]`)!;
  const [previous, next, close] = [button('previous'), button('next'), button('close')];
  const listening = new AbortController();
  let current = first;

  const show = (index: number) => {
    current = (index + ranges.length) % ranges.length;
    status.textContent = ui.find.status(current + 1, ranges.length);
    if (canHighlight()) {
      const highlight = new Highlight(ranges[current]);
      highlight.priority = 1;
      CSS.highlights.set(CURRENT_MATCH, highlight);
    }
    scrollToRange(ranges[current]);
  };

  const shut = () => {
    listening.abort();
    if (canHighlight()) {
      CSS.highlights.delete(ALL_MATCHES);
      CSS.highlights.delete(CURRENT_MATCH);
    }
    const hadFocus = bar.contains(document.activeElement);
    bar.hidden = true;
    if (hadFocus) document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(history.state, '', url);
  };

  bar.querySelector('.find-bar__query')!.textContent = `“${query}”`;
  bar.hidden = false;
  close.addEventListener('click', shut, { signal: listening.signal });
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') shut();
  }, { signal: listening.signal });
  if (!ranges.length) {
    status.textContent = ui.find.none;
    previous.disabled = next.disabled = true;
    return;
  }

  if (canHighlight()) CSS.highlights.set(ALL_MATCHES, new Highlight(...ranges));
  previous.addEventListener('click', () => show(current - 1), { signal: listening.signal });
  next.addEventListener('click', () => show(current + 1), { signal: listening.signal });
  bar.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !event.shiftKey || event.target === close) return;
    event.preventDefault();
    show(current - 1);
  }, { signal: listening.signal });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'F3' || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    show(event.shiftKey ? current - 1 : current + 1);
  }, { signal: listening.signal });
  show(first);
}
