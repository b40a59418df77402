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

/** A printed value that has no meaning: an empty cell, or a number that does not parse (8..3%). */
export class IndicatorValueError extends Error {}

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const UNIT = '(%|[^\\d\\s()（）%-]*)';

/**
 * Parses a value as printed in an indicator table. Full-width digits and signs (８.3％) are read
 * as their ASCII forms (NFKC), so they keep their meaning. A qualitative target is a value with
 * no digit at all: anything with a digit must parse as a number, a range or an approximate
 * target, so a mistyped number (8..3%) is an error instead of passing as words.
 */
export function parseIndicatorValue(printed: string): IndicatorValue {
  const text = removeSpuriousSpaces(printed.normalize('NFKC').trim());
  if (text === '') throw new IndicatorValueError('an empty cell: write / for a value the table does not give');
  if (text === '/') return { kind: 'none' };
  if (!/\d/.test(text)) return { kind: 'qualitative', text: removeSpuriousSpaces(printed.trim()) };
  let m = new RegExp(`^${NUMBER}${UNIT}\\s*-\\s*${NUMBER}${UNIT}$`).exec(text);
  if (m && (m[2] === m[4] || !m[2])) return { kind: 'range', min: Number(m[1]), max: Number(m[3]), unit: m[4] };
  m = new RegExp(`^${NUMBER}${UNIT}左右$`).exec(text);
  if (m) return { kind: 'approx', value: Number(m[1]), unit: m[2] };
  m = new RegExp(`^${NUMBER}${UNIT}(?:\\s*\\((.+)\\))?$`).exec(text);
  if (m) return m[3] ? { kind: 'exact', value: Number(m[1]), unit: m[2], note: m[3] } : { kind: 'exact', value: Number(m[1]), unit: m[2] };
  throw new IndicatorValueError(`"${printed}" is not a number, a range (8%-8.5%), an approximate target (7.5%左右), words without digits, or /`);
}

/** A number in the unit's base (万人 → 人), for putting values of one indicator on one scale. */
export function inBaseUnit(value: number, unit: string): { value: number; unit: string } {
  return unit.startsWith('万') && unit.length > 1 ? { value: value * 10_000, unit: unit.slice(1) } : { value, unit };
}
