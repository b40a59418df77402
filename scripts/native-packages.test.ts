import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES, missingMessage, missingNative, type Machine } from './native-packages.ts';

const darwinArm: Machine = { platform: 'darwin', arch: 'arm64', libc: null };
const windows: Machine = { platform: 'win32', arch: 'x64', libc: null };
const linuxArm: Machine = { platform: 'linux', arch: 'arm64', libc: 'glibc' };
const alpine: Machine = { platform: 'linux', arch: 'x64', libc: 'musl' };

/** The optionalDependencies of the installed parents, as the check reads them. */
const installedOptional = Object.fromEntries(
  FAMILIES.map(({ parent }) => [parent, JSON.parse(readFileSync(fileURLToPath(new URL(`../node_modules/${parent}/package.json`, import.meta.url)), 'utf8')).optionalDependencies]),
);

test('on each common machine, every package named is one its parent publishes', () => {
  for (const machine of [darwinArm, { ...darwinArm, arch: 'x64' }, windows, linuxArm, { ...linuxArm, arch: 'x64' }, alpine]) {
    const missing = missingNative(machine, installedOptional, () => false);
    assert.equal(missing.length, FAMILIES.length);
    assert.deepEqual(missing.filter((m) => !m.version), [], `${machine.platform}-${machine.arch}`);
  }
});

const optional = {
  pagefind: { '@pagefind/darwin-arm64': '1.6.0', '@pagefind/linux-arm64': '1.6.0', '@pagefind/windows-x64': '1.6.0' },
  '@astrojs/compiler-binding': {
    '@astrojs/compiler-binding-darwin-arm64': '0.5.1',
    '@astrojs/compiler-binding-linux-arm64-gnu': '0.5.1',
    '@astrojs/compiler-binding-win32-x64-msvc': '0.5.1',
  },
};

test('a Mac on Apple silicon without the Mac builds is told which, and the command that installs them', () => {
  const missing = missingNative(darwinArm, optional, () => false);
  assert.deepEqual(missing, [
    { parent: 'pagefind', name: '@pagefind/darwin-arm64', version: '1.6.0' },
    { parent: '@astrojs/compiler-binding', name: '@astrojs/compiler-binding-darwin-arm64', version: '0.5.1' },
  ]);
  const message = missingMessage(darwinArm, missing);
  assert.match(message, /darwin-arm64/);
  assert.ok(message.includes('\n  npm install --no-save @pagefind/darwin-arm64@1.6.0 @astrojs/compiler-binding-darwin-arm64@0.5.1\n'), message);
});

test('Windows and Linux on ARM get their own builds named', () => {
  assert.deepEqual(
    missingNative(windows, optional, () => false).map((m) => m.name),
    ['@pagefind/windows-x64', '@astrojs/compiler-binding-win32-x64-msvc'],
  );
  assert.deepEqual(
    missingNative(linuxArm, optional, (name) => name.startsWith('@pagefind/')).map((m) => `${m.name}@${m.version}`),
    ['@astrojs/compiler-binding-linux-arm64-gnu@0.5.1'],
  );
});

test('nothing is missing when the builds are installed', () => {
  assert.deepEqual(missingNative(darwinArm, optional, () => true), []);
});

test('a machine no build exists for is told so, with no command that cannot work', () => {
  const missing = missingNative(alpine, optional, () => false);
  assert.ok(missing.every((m) => m.version === undefined));
  const message = missingMessage(alpine, missing);
  assert.match(message, /pagefind publishes no build for linux-x64 \(musl\)/);
  assert.doesNotMatch(message, /npm install/);
});
