/**
 * The glossary tooltips are pure CSS (shown on :hover and :focus-visible).
 * This adds what CSS cannot: Escape hides an open tooltip without moving the
 * pointer or the focus (WCAG 1.4.13, content on hover or focus is
 * dismissible). The tooltip shows again once the pointer or the focus has
 * left the term and come back.
 */
export function startTooltipDismissal(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of document.querySelectorAll('.glossary-term:is(:hover, :focus-visible)')) term.setAttribute('data-dismissed', '');
  });
  const showAgain = (event: Event) => {
    if (event.target instanceof Element && event.target.matches('.glossary-term')) event.target.removeAttribute('data-dismissed');
  };
  document.addEventListener('mouseout', showAgain);
  document.addEventListener('focusout', showAgain);
}
