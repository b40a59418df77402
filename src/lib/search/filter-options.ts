/** The search page's filter options, from the reports: every region at every level, the kinds and the years. */

export interface RegionOption {
  /** The path, broadest first, joined with `/`: the filter's value. */
  value: string;
  /** The region's own name, the last part of the path. */
  label: string;
  /** 0 for a province or 国务院, 1 for a city, 2 for a district. */
  depth: number;
}

/** Every region a report comes from, and the regions above them, each under its parent (a province, then its cities, each followed by its districts). */
export function regionOptions(paths: readonly (readonly string[])[]): RegionOption[] {
  const values = new Map<string, readonly string[]>();
  for (const path of paths) for (let i = 1; i <= path.length; i++) values.set(path.slice(0, i).join('/'), path.slice(0, i));
  const collator = new Intl.Collator('zh-CN');
  const compare = (a: readonly string[], b: readonly string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = collator.compare(a[i], b[i]);
      if (order) return order;
    }
    return a.length - b.length;
  };
  return [...values.values()].sort(compare).map((path) => ({ value: path.join('/'), label: path[path.length - 1], depth: path.length - 1 }));
}
