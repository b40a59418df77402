import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the collections are read from, relative to the project root. The tests build fixture
 * folders and the import builds a scratch folder by setting these variables.
 */
export const contentDirs = {
  reports: process.env.REPORTS_DIR ?? 'content/reports',
  indicators: process.env.INDICATORS_DIR ?? 'content/indicators',
  glossary: process.env.GLOSSARY_DIR ?? 'content/glossary',
};

/** The ids of the data files in a folder (as the glob loader gives them: the file name, lower-cased). */
export function dataFileIds(root: string, dir: string): Set<string> {
  const folder = path.resolve(root, dir);
  if (!existsSync(folder)) return new Set();
  return new Set(readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length).toLowerCase()));
}
