/**
 * What the home page shows, at any number of reports: the newest few reports, the region tree
 * as deep as whole levels fit in a fixed number of regions, and the years with their counts.
 * Every report stays one or two links away (its region's page, its year's page), and the page's
 * size depends on how many regions there are, not on how many reports.
 */
import { levelsWithin, newestFirst, regionTree, yearIndex, type Browsable } from './regions.ts';

/** The newest reports the home page shows as cards (with five reports, all of them). */
export const HOME_RECENT = 6;
/** At most this many regions in the home page's tree (all of China's provinces and cities fit). */
export const HOME_TREE_REGIONS = 400;

export function homePage<T extends Browsable>(reports: readonly T[]) {
  const regions = regionTree(reports);
  return {
    total: reports.length,
    recent: [...reports].sort(newestFirst).slice(0, HOME_RECENT),
    regions,
    regionLevels: levelsWithin(regions, HOME_TREE_REGIONS),
    years: yearIndex(reports).map(({ year, reports }) => ({ year, count: reports.length })),
  };
}
