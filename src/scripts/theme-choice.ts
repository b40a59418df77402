/**
 * The reader's colour scheme: follow the system (nothing saved), or light or dark,
 * saved in localStorage and applied before the first paint by theme-before-paint.js,
 * which reads the same key.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'theme';

/** What the reader chose; storage may be unavailable (private modes, disabled), which is no choice. */
export function savedChoice(storage: Pick<Storage, 'getItem'>): ThemeChoice {
  try {
    const value = storage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a choice to the page (data-theme, which the CSS tokens follow) and remembers it; "system" forgets it. */
export function applyChoice(choice: ThemeChoice, root: Pick<HTMLElement, 'dataset'>, storage: Pick<Storage, 'setItem' | 'removeItem'>): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === 'system') storage.removeItem(KEY);
    else storage.setItem(KEY, choice);
  } catch {}
}

/** Shows the control (it needs scripts) with the current choice, and applies what the reader picks. */
export function startThemeChoice(select: HTMLSelectElement): void {
  select.value = savedChoice(localStorage);
  select.addEventListener('change', () => applyChoice(select.value as ThemeChoice, document.documentElement, localStorage));
}
