/** The report sources a command line names: its files, and the .md and .txt files anywhere under its folders. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function sourceFiles(targets: readonly string[]): string[] {
  const files = targets.flatMap((target) =>
    statSync(target).isDirectory()
      ? readdirSync(target, { recursive: true, encoding: 'utf8' })
          .filter((name) => /\.(md|txt)$/i.test(name))
          .map((name) => path.join(target, name))
      : [target],
  );
  return [...new Set(files)].sort();
}
