/**
 * Astro's glob loader for the report files, with the checks it cannot make itself run over all
 * files first: an impossible date (YAML has already turned it into another day by the time the
 * schema sees it) and two files with one id (the loader would keep one and drop the other).
 * Every problem is reported at once, each with its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { impossibleDates, rawFrontMatter } from '../lib/content-checks/front-matter.ts';
import { idProblems, reportId } from '../lib/content-checks/report-ids.ts';

export function reportsLoader(base: string): Loader {
  const inner = glob({ pattern: '*.mdx', base, generateId: ({ entry, data }) => reportId(path.basename(entry), data) });
  return {
    name: 'checked-report-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = path.resolve(root, base);
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => ({ name, file: path.relative(root, path.join(dir, name)), frontMatter: rawFrontMatter(readFileSync(path.join(dir, name), 'utf8')) }));
      const problems = [
        ...files.flatMap(({ file, frontMatter }) => impossibleDates(frontMatter).map((problem) => `${file}: ${problem}`)),
        ...idProblems(files.map(({ name, file, frontMatter }) => ({ file, id: reportId(name, frontMatter) }))),
      ];
      if (problems.length) throw new Error(`The report files have ${problems.length} mistake(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      await inner.load(context);
    },
  };
}
