/**
 * The meaning of a printed indicator value. Targets in these tables are not
 * all numbers: 8%-8.5% is a range, 7.5%左右 an approximate target, 高于经济增长
 * a qualitative one, / means not given. Each keeps its meaning here instead of
 * being forced into a number.
 */
import { removeSpuriousSpaces } from './cjk-spacing.ts';

export type IndicatorValue =
  | { kind: 'exact'; value: number; unit: string; note?: string }
  | { kind: 'approx'; value: number; unit: string }
  | { kind: 'range'; min: number; max: number; unit: string }
  | { kind: 'qualitative'; text: string }
  | { kind: 'none' };

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const UNIT = '(%|[^\\d\\s()（）%-]*)';

/** Parses a value as printed in an indicator table. */
export function parseIndicatorValue(printed: string): IndicatorValue {
  const text = removeSpuriousSpaces(printed.trim());
  if (text === '/' || text === '') return { kind: 'none' };
  let m = new RegExp(`^${NUMBER}${UNIT}\\s*-\\s*${NUMBER}${UNIT}$`).exec(text);
  if (m && (m[2] === m[4] || !m[2])) return { kind: 'range', min: Number(m[1]), max: Number(m[3]), unit: m[4] };
  m = new RegExp(`^${NUMBER}${UNIT}左右$`).exec(text);
  if (m) return { kind: 'approx', value: Number(m[1]), unit: m[2] };
  m = new RegExp(`^${NUMBER}${UNIT}(?:\\s*[(（](.+)[)）])?$`).exec(text);
  if (m) return m[3] ? { kind: 'exact', value: Number(m[1]), unit: m[2], note: m[3] } : { kind: 'exact', value: Number(m[1]), unit: m[2] };
  return { kind: 'qualitative', text };
}

/** A number in the unit's base (万人 → 人), for putting values of one indicator on one scale. */
export function inBaseUnit(value: number, unit: string): { value: number; unit: string } {
  return unit.startsWith('万') && unit.length > 1 ? { value: value * 10_000, unit: unit.slice(1) } : { value, unit };
}
