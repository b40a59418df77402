import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyChoice, savedChoice } from './theme-choice.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
const unavailable = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('SecurityError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

test('the saved choice is light or dark; anything else, or no storage, is following the system', () => {
  assert.equal(savedChoice(memoryStorage({ theme: 'dark' })), 'dark');
  assert.equal(savedChoice(memoryStorage({ theme: 'light' })), 'light');
  assert.equal(savedChoice(memoryStorage({ theme: 'sepia' })), 'system');
  assert.equal(savedChoice(memoryStorage()), 'system');
  assert.equal(savedChoice(unavailable), 'system');
});

test('choosing light or dark sets the page’s scheme and remembers it; following the system forgets both', () => {
  const storage = memoryStorage();
  const root = { dataset: {} as DOMStringMap };
  applyChoice('dark', root, storage);
  assert.equal(root.dataset.theme, 'dark');
  assert.equal(storage.items.get('theme'), 'dark');
  applyChoice('system', root, storage);
  assert.equal(root.dataset.theme, undefined);
  assert.equal(storage.items.has('theme'), false);
});

test('without storage the choice still applies to the page', () => {
  const root = { dataset: {} as DOMStringMap };
  applyChoice('light', root, unavailable);
  assert.equal(root.dataset.theme, 'light');
});
