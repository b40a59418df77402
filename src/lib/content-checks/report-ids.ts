/**
 * A report's id is its address (/reports/<id>/). Astro's glob loader takes it from a `slug`
 * field when there is one, else from the file name in lower case, and when two files get the
 * same id one silently replaces the other; here every id is worked out first so a clash fails.
 */

/** The id Astro gives a report file: its `slug` if set, else the file name without extension, lower-cased. */
export function reportId(fileName: string, frontMatter: Record<string, unknown>): string {
  return frontMatter.slug ? String(frontMatter.slug) : fileName.replace(/\.[^.]+$/, '').toLowerCase();
}

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids that are not lower-case ASCII words joined by hyphens, and ids that two files share, naming the files. */
export function idProblems(entries: readonly { file: string; id: string }[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, string[]>();
  for (const { file, id } of entries) {
    if (!URL_SAFE.test(id)) problems.push(`${file}: the id "${id}" must be lower-case ASCII letters and digits joined by hyphens`);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, files] of byId) {
    if (files.length > 1) problems.push(`${files.join(' and ')}: both have the id "${id}" (from the file name or a slug field); ids must be unique`);
  }
  return problems;
}
