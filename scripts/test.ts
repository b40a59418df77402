/**
 * The whole test suite, as `npm test` runs it: type-check, build the site once
 * (keeping the build's output for the no-warnings test), serve the build with
 * one `astro preview` server for every end-to-end test, run all the tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
// The tests' site is built for no address and no base (tests/build-output.test.ts checks that nothing names one);
// tests/e2e/base-path.test.ts builds its own with both.
delete env.SITE_URL;
delete env.BASE_PATH;

function step(name: string, args: string[]): string {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = result.stdout + result.stderr;
  process.stdout.write(output.split('\n').slice(-15).join('\n'));
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status})`);
    process.exit(1);
  }
  return output;
}

step('astro check', [astro, 'check']);
const buildLog = step('astro build', [astro, 'build']);
mkdirSync(path.join(root, 'test-results'), { recursive: true });
writeFileSync(path.join(root, 'test-results/build.log'), buildLog);

const port = 4400 + Math.floor(Math.random() * 500);
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env });
let serverLog = '';
server.stdout.on('data', (chunk) => (serverLog += chunk));
server.stderr.on('data', (chunk) => (serverLog += chunk));
server.on('exit', (code) => {
  // Astro allows one preview server per project: a running one must be stopped first (`npx astro preview stop`).
  if (code) {
    console.error(`\n✖ astro preview exited (${code}):\n${serverLog}`);
    process.exit(1);
  }
});
const stopServer = () => server.kill();
process.on('exit', stopServer);

for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(`${baseUrl}/`)).ok) break;
  } catch {}
  if (tries > 100) throw new Error(`astro preview did not answer on ${baseUrl}`);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const files = globSync(['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'], { cwd: root }).sort();
console.log(`\n▶ node --test (${files.length} files, site at ${baseUrl})`);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=2', ...files], {
  cwd: root,
  env: { ...env, BASE_URL: baseUrl },
  stdio: 'inherit',
});
tests.on('exit', (code) => {
  stopServer();
  process.exit(code ?? 1);
});
