/** Runs the project's Astro CLI under the Node that runs the tests (the project's pinned one). */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { root } from './site.ts';

export function runAstro(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
}
