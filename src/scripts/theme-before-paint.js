// @ts-check
/*
 * Applies the colour scheme the reader chose (src/scripts/theme-choice.ts keeps it in
 * localStorage) before the page is first painted, so the other scheme never flashes, and marks
 * the page as scripted.
 * Without a choice the system setting applies (CSS media query).
 *
 * A classic script loaded from <head> without defer: it must run while the page is
 * parsed. So it is plain JavaScript that Astro copies as it is (a module script would
 * run only after parsing), and a file of its own, as the Content-Security-Policy
 * forbids inline scripts.
 */
// Controls that need scripts (the print button, the scheme choice) show from the first paint,
// not when their module scripts run after parsing, which would shift the page (CSS: .needs-script).
document.documentElement.dataset.scripted = '';
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {}
