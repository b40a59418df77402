/**
 * The geometry of an indicator's chart, computed at build time and drawn as
 * inline SVG (no chart script in the browser): the district's plan against
 * the outcome, year by year. A range is drawn as a bar, an approximate target
 * as a point marked ≈, a qualitative or missing value as no mark (the table
 * beside the chart and the text alternative say what it is).
 */
import { inBaseUnit, type IndicatorValue } from './indicator-values.ts';
import type { IndicatorSeries, IndicatorCell } from './indicators.ts';

export interface Mark {
  series: 'plan' | 'outcome';
  x: number;
  /** A point, or a range from y1 (low) to y2 (high). */
  y?: number;
  y1?: number;
  y2?: number;
  approx: boolean;
  label: string;
}

export interface Chart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marks: Mark[];
  unit: string;
}

const WIDTH = 360;
const HEIGHT = 210;
const PLOT = { left: 56, right: WIDTH - 16, top: 26, bottom: HEIGHT - 34 };

function numbers(value: IndicatorValue): { values: number[]; unit: string } | null {
  if (value.kind === 'exact' || value.kind === 'approx') {
    const base = inBaseUnit(value.value, value.unit);
    return { values: [base.value], unit: base.unit };
  }
  if (value.kind === 'range') {
    return { values: [inBaseUnit(value.min, value.unit).value, inBaseUnit(value.max, value.unit).value], unit: inBaseUnit(0, value.unit).unit };
  }
  return null;
}

/** Round tick steps (1, 2, 5 × 10ⁿ) that give three to six ticks over the domain. */
function ticks(low: number, high: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => span / s <= 5)!;
  const first = Math.floor(low / step) * step;
  const out: number[] = [];
  for (let v = first; ; v += step) {
    out.push(Number(v.toFixed(10)));
    if (v >= high) return out;
  }
}

const formatTick = (value: number, unit: string) => `${Number(value.toFixed(2)).toLocaleString('zh-CN')}${unit}`;

export function chartOf(series: IndicatorSeries): Chart {
  const cellsFor = (year: number): [IndicatorCell | undefined, IndicatorCell | undefined] => [
    series.at(year, 'plan'),
    series.at(year, 'actual') ?? series.at(year, 'estimate'),
  ];
  const all = series.years.flatMap((year) => cellsFor(year).flatMap((cell) => (cell ? [numbers(cell.value)] : []))).filter((n) => n !== null);
  const unit = all[0]?.unit ?? '';
  const values = all.flatMap((n) => n.values);
  const tickValues = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const low = tickValues[0];
  const high = tickValues.at(-1)!;
  const y = (v: number) => PLOT.bottom - ((v - low) / (high - low || 1)) * (PLOT.bottom - PLOT.top);
  const step = (PLOT.right - PLOT.left) / series.years.length;
  const x = (i: number) => PLOT.left + step * (i + 0.5);

  const marks: Mark[] = [];
  series.years.forEach((year, i) => {
    cellsFor(year).forEach((cell, which) => {
      const parsed = cell && numbers(cell.value);
      if (!cell || !parsed) return;
      const kind: Mark['series'] = which === 0 ? 'plan' : 'outcome';
      // Plan and outcome of one year stand side by side.
      const mx = x(i) + (kind === 'plan' ? -step / 6 : step / 6);
      const base = { series: kind, x: mx, approx: cell.value.kind === 'approx', label: cell.printed };
      marks.push(parsed.values.length === 2 ? { ...base, y1: y(parsed.values[0]), y2: y(parsed.values[1]) } : { ...base, y: y(parsed.values[0]) });
    });
  });
  return {
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    xTicks: series.years.map((year, i) => ({ x: x(i), label: `${year}年` })),
    yTicks: tickValues.map((v) => ({ y: y(v), label: formatTick(v, unit) })),
    marks,
    unit,
  };
}
