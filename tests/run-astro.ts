/** Runs the project's Astro CLI under the Node that runs the tests (the project's pinned one). */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { scratchDir } from './scratch.ts';
import { root } from './site.ts';

export function runAstro(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

/**
 * Builds the site from other content folders (REPORTS_DIR, INDICATORS_DIR, GLOSSARY_DIR: see
 * src/content/dirs.ts) into a scratch folder, with a cache of its own so the site's is untouched.
 */
export function buildContent(env: Record<string, string>): { status: number | null; output: string; dist: string } {
  const scratch = scratchDir('reports-fixture-');
  const dist = path.join(scratch, 'dist');
  const result = runAstro(['build', '--outDir', dist], { ASTRO_CACHE_DIR: path.join(scratch, 'cache'), ...env });
  return { status: result.status, output: result.stdout + result.stderr, dist };
}
