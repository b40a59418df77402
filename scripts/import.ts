/**
 * npm run import -- [--out <dir>] [--skip-bad] <files or folders>
 *
 * Imports plain-text or Markdown reports (src/lib/import/): for each source, <out>/reports/<id>.mdx,
 * <out>/repairs/<id>.yaml and the source itself as <out>/sources/<id>.md (or .txt). <out> is
 * content/ unless --out says otherwise. Every file is checked before any is written; a file
 * with a problem is reported with all its problems, and then nothing is written (with
 * --skip-bad the others are), and the exit code is 1. Re-importing a text rewrites the same files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { idClashes, importReport, type ImportedReport } from '../src/lib/import/report-file.ts';
import { sourceFiles } from './source-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts in the project root; paths on the command line are the caller's.
const callerDir = process.env.INIT_CWD ?? process.cwd();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'skip-bad': { type: 'boolean', default: false } },
});
if (!positionals.length) {
  console.error('usage: npm run import -- [--out <dir>] [--skip-bad] <files or folders>');
  process.exit(2);
}
const out = values.out ? path.resolve(callerDir, values.out) : path.join(root, 'content');

const files = sourceFiles(positionals.map((p) => path.resolve(callerDir, p)));

const texts = new Map<string, string>();
const reports: ImportedReport[] = files.map((file) => {
  const text = readFileSync(file, 'utf8');
  const shown = path.relative(callerDir, file);
  texts.set(shown, text);
  return importReport(shown, text);
});

// A report already there must have come from this same text (a re-import), or it is someone else's.
for (const report of reports) {
  if (!report.id || !report.sourceName) continue;
  const existing = path.join(out, 'reports', `${report.id}.mdx`);
  const kept = path.join(out, 'sources', report.sourceName);
  if (existsSync(existing) && !(existsSync(kept) && readFileSync(kept, 'utf8') === texts.get(report.file))) {
    report.problems.push(`${path.relative(callerDir, existing)} exists and was not imported from this text`);
  }
}
for (const [file, problem] of idClashes(reports)) reports.find((r) => r.file === file)!.problems.push(problem);

const bad = reports.filter((r) => r.problems.length);
for (const report of reports) {
  const status = report.problems.length ? '✖' : '✓';
  console.log(`${status} ${report.file}${report.id ? ` → ${report.id}` : ''}`);
  for (const problem of report.problems) console.log(`    problem: ${problem}`);
  for (const note of report.notes) console.log(`    not in the text: ${note}`);
}

const failed = bad.length > 0;
const toWrite = failed && !values['skip-bad'] ? [] : reports.filter((r) => !r.problems.length);
for (const report of toWrite) {
  for (const folder of ['reports', 'repairs', 'sources']) mkdirSync(path.join(out, folder), { recursive: true });
  writeFileSync(path.join(out, 'reports', `${report.id}.mdx`), report.mdx!);
  writeFileSync(path.join(out, 'repairs', `${report.id}.yaml`), report.repairs!);
  writeFileSync(path.join(out, 'sources', report.sourceName!), texts.get(report.file)!);
}
console.log(
  `\n${reports.length} file(s): ${reports.length - bad.length} without problems, ${bad.length} with problems; wrote ${toWrite.length} report(s) to ${path.relative(callerDir, out) || '.'}` +
    (failed && !values['skip-bad'] ? ' (nothing is written while a file has a problem; --skip-bad writes the others)' : ''),
);
// Not process.exit: started by another Node process, stdout is a socket whose writes are still
// queued, and exit would cut the report short (the bench lost its last 700 lines, summary included).
process.exitCode = failed ? 1 : 0;
