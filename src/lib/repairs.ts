/**
 * The repairs made to a source text on its way to the site, and how to apply
 * them. Each report has one list in `content/repairs/<report>.yaml`; the
 * fidelity test applies it to the raw source and expects the result to be
 * exactly the text of the built page. Every repair names text that must
 * stand in the source, so the list cannot silently go stale.
 */

export type Repair =
  /** A page or column break split a sentence or a number from its unit; the break is closed. */
  | { kind: 'join'; at: string; reason: string }
  /** Text that is an extraction artifact (a repeated line, page furniture) and is not published. */
  | { kind: 'delete'; text: string; reason: string }
  /** A block read out of order; it is put back before (or after) the named text. */
  | { kind: 'move'; text: string; before?: string; after?: string; reason: string }
  /** An extraction error in the characters themselves, corrected. */
  | { kind: 'replace'; from: string; to: string; reason: string }
  /** An editor's note shown on the page (marked as such); it is not source text. */
  | { kind: 'note'; text: string; reason: string };

export interface RepairList {
  source: string;
  repairs: Repair[];
}

export class RepairError extends Error {}

function locate(text: string, needle: string, what: string): number {
  if (!needle) throw new RepairError(`${what}: empty text`);
  const at = text.indexOf(needle);
  if (at < 0) throw new RepairError(`${what}: not found in the source: ${JSON.stringify(needle.slice(0, 60))}`);
  if (text.indexOf(needle, at + 1) >= 0) {
    throw new RepairError(`${what}: occurs more than once in the source; quote more of it: ${JSON.stringify(needle.slice(0, 60))}`);
  }
  return at;
}

function spliceOut(text: string, needle: string, what: string): string {
  const at = locate(text, needle, what);
  return text.slice(0, at) + text.slice(at + needle.length);
}

/** Applies the repairs in order to a raw source text. Editor's notes leave the text unchanged. */
export function applyRepairs(source: string, repairs: readonly Repair[]): string {
  let text = source;
  repairs.forEach((repair, index) => {
    const what = `repair ${index + 1} (${repair.kind})`;
    switch (repair.kind) {
      case 'join': {
        // Whitespace is not compared, so closing the break changes no text;
        // checking that the break is there keeps the list honest.
        locate(text, repair.at, what);
        if (!/\n\s*\n/.test(repair.at)) throw new RepairError(`${what}: "at" must span the blank line of the break`);
        break;
      }
      case 'delete':
        text = spliceOut(text, repair.text, what);
        break;
      case 'replace': {
        const at = locate(text, repair.from, what);
        text = text.slice(0, at) + repair.to + text.slice(at + repair.from.length);
        break;
      }
      case 'move': {
        const anchor = repair.before ?? repair.after;
        if (!anchor || (repair.before && repair.after)) throw new RepairError(`${what}: give exactly one of "before" and "after"`);
        const without = spliceOut(text, repair.text, what);
        const at = locate(without, anchor, `${what} anchor`);
        const insertAt = repair.before ? at : at + anchor.length;
        text = `${without.slice(0, insertAt)}\n\n${repair.text}\n\n${without.slice(insertAt)}`;
        break;
      }
      case 'note':
        break;
    }
  });
  return text;
}

/** The texts of the editor's notes in a repair list. */
export function listedNotes(repairs: readonly Repair[]): string[] {
  return repairs.flatMap((r) => (r.kind === 'note' ? [r.text] : []));
}
