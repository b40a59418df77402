/** A box that narrows a list of options as one types: items whose data-path does not hold the text are hidden (ticked ones stay). */
export function startFilterList(box: HTMLInputElement): void {
  const list = document.getElementById(box.dataset.filterList!);
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('li[data-path]')];
  box.addEventListener('input', () => {
    const text = box.value.trim();
    for (const item of items) item.hidden = !!text && !item.dataset.path!.includes(text) && !item.querySelector<HTMLInputElement>('input:checked');
  });
}
