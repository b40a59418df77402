/** How the site names a report and its region (pure, so the build, the pages and the tests share it). */
import type { ReportData } from '../content/schema.ts';
import { ui } from '../i18n/zh-CN.ts';

/** The narrowest region a report comes from: 天元区, 湖南省, 国务院. */
export function regionName(data: Pick<ReportData, 'region'>): string {
  return data.region[data.region.length - 1];
}

export function reportYear(data: Pick<ReportData, 'date'>): number {
  return data.date.getUTCFullYear();
}

/**
 * The name the site gives a report wherever it lists or cites it: whose report and which year
 * (荷塘区2022年政府工作报告), since printed titles often say neither (政府工作报告, or a special's slogan).
 */
export function displayTitle(data: Pick<ReportData, 'shortTitle' | 'region' | 'date' | 'kind'>): string {
  return data.shortTitle ?? `${regionName(data)}${reportYear(data)}年${ui.kinds[data.kind]}`;
}
