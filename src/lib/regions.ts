/**
 * The region tree and the year index the browse pages are built from (pure, so the pages and
 * the tests share it). A report's region is a path, broadest first: [国务院], [湖南省],
 * [湖南省, 株洲市], [湖南省, 株洲市, 天元区].
 */
import type { ReportData } from '../content/schema.ts';
import { reportYear } from './report-names.ts';

/** The State Council: its own entry, first among the top-level regions. */
export const STATE_COUNCIL = '国务院';

/** What the browse pages need of a report. */
export interface Browsable {
  id: string;
  data: Pick<ReportData, 'region' | 'date'>;
}

export interface RegionNode<T extends Browsable> {
  name: string;
  /** Broadest first, ending with this region's name. */
  path: string[];
  /** The reports of this region itself (not of the regions within it), newest first. */
  reports: T[];
  /** How many reports this region and all the regions within it have. */
  total: number;
  /** The regions directly within it, in the order of compareRegionNames. */
  children: RegionNode<T>[];
}

export interface YearEntry<T extends Browsable> {
  year: number;
  /** Newest first. */
  reports: T[];
}

/** Newest first; reports of the same day by id, so the order never depends on the input's. */
export function newestFirst(a: Browsable, b: Browsable): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/** 国务院 first, then the others in Chinese (pinyin) order. */
export function compareRegionNames(a: string, b: string): number {
  return Number(b === STATE_COUNCIL) - Number(a === STATE_COUNCIL) || a.localeCompare(b, 'zh-CN');
}

/** The top-level regions of the reports, each holding the regions within it. */
export function regionTree<T extends Browsable>(reports: readonly T[]): RegionNode<T>[] {
  const top: RegionNode<T>[] = [];
  for (const report of reports) {
    let level = top;
    let node: RegionNode<T> | undefined;
    for (const [depth, name] of report.data.region.entries()) {
      // A region's page lives at a path of its names, so a name must not hold the separator.
      if (name.includes('/')) throw new Error(`report ${report.id}: region name “${name}” contains “/”`);
      node = level.find((n) => n.name === name);
      if (!node) level.push((node = { name, path: report.data.region.slice(0, depth + 1), reports: [], total: 0, children: [] }));
      node.total++;
      level = node.children;
    }
    node!.reports.push(report);
  }
  const order = (nodes: RegionNode<T>[]) => {
    nodes.sort((a, b) => compareRegionNames(a.name, b.name));
    for (const node of nodes) {
      node.reports.sort(newestFirst);
      order(node.children);
    }
  };
  order(top);
  return top;
}

/** Every region of the tree, each before the regions within it. */
export function allRegions<T extends Browsable>(tree: readonly RegionNode<T>[]): RegionNode<T>[] {
  return tree.flatMap((node) => [node, ...allRegions(node.children)]);
}

/**
 * How many levels of the tree fit in `limit` regions, counting whole levels: the top level
 * always, then each next level while the regions shown stay within the limit.
 */
export function levelsWithin(tree: readonly RegionNode<Browsable>[], limit: number): number {
  let levels = 1;
  let shown = tree.length;
  for (let level = tree.flatMap((n) => n.children); level.length && shown + level.length <= limit; level = level.flatMap((n) => n.children)) {
    shown += level.length;
    levels++;
  }
  return levels;
}

/** The years of the reports, newest first, each with its reports newest first. */
export function yearIndex<T extends Browsable>(reports: readonly T[]): YearEntry<T>[] {
  const years = new Map<number, T[]>();
  for (const report of [...reports].sort(newestFirst)) {
    const year = reportYear(report.data);
    const entry = years.get(year);
    if (entry) entry.push(report);
    else years.set(year, [report]);
  }
  return [...years].map(([year, reports]) => ({ year, reports }));
}
