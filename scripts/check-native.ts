/**
 * Runs before `npm run build`, `npm run dev`, `npm start` and `npm test`: stops
 * with a message naming the missing native package and the command that
 * installs it, rather than letting the build fail inside a dependency
 * (see native-packages.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, missingMessage, missingNative, type Machine } from './native-packages.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The package.json of `name` as Node resolves it from `from`, or null. */
function findPackage(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
const machine: Machine = {
  platform: process.platform,
  arch: process.arch,
  libc: process.platform === 'linux' ? (report.header?.glibcVersionRuntime ? 'glibc' : 'musl') : null,
};

const optional: Record<string, Record<string, string>> = {};
const parentDirs = new Map<string, string>();
for (const { parent } of FAMILIES) {
  const manifest = findPackage(parent, root);
  if (!manifest) continue;
  optional[parent] = JSON.parse(readFileSync(manifest, 'utf8')).optionalDependencies ?? {};
  parentDirs.set(parent, path.dirname(manifest));
}
// A platform package is looked for from its parent's folder, where the parent's own require looks.
const missing = missingNative(machine, optional, (name, parent) => findPackage(name, parentDirs.get(parent)!) !== null);
if (missing.length) {
  console.error(`\n${missingMessage(machine, missing)}\n`);
  process.exit(1);
}
