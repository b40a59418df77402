/**
 * The geometry of an indicator's chart, computed at build time and drawn as
 * inline SVG (no chart script in the browser): the district's plan against
 * the outcome, year by year. A range is drawn as a vertical bar with caps, an
 * approximate target as a point whose label starts with ≈, a qualitative or
 * missing value as no mark (the table beside the chart and the text
 * alternative say what it is).
 *
 * Every text is placed here, with its box estimated from its characters, so
 * that no two texts overlap: a mark's label goes above, beside or below it,
 * whichever place is free first (placeLabels).
 */
import { inBaseUnit, type IndicatorValue } from './indicator-values.ts';
import type { IndicatorSeries, IndicatorCell, Role } from './indicators.ts';
import { ui } from '../i18n/zh-CN.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Text {
  text: string;
  /** The anchor point: x as `anchor` says, y the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Mark {
  series: 'plan' | 'outcome';
  x: number;
  /** A point, or a range from y1 (low) to y2 (high). */
  y?: number;
  y1?: number;
  y2?: number;
  approx: boolean;
  label: Text;
}

export interface Chart {
  width: number;
  height: number;
  fontSize: number;
  plot: Box;
  /** 单位：…, over the value axis. */
  unit: string;
  unitLabel: Text;
  xTicks: Text[];
  yTicks: { y: number; label: Text }[];
  marks: Mark[];
  /** What a label's * stands for: a printed note, such as a target changed during the year. */
  notes: { year: number; role: Role; printed: string }[];
}

/**
 * The drawing's size in SVG units and its text size. Drawn at most about this wide on a phone
 * (375 px leaves some 309 px for it), so the text is never scaled below FONT_SIZE px.
 */
const WIDTH = 300;
const HEIGHT = 230;
export const FONT_SIZE = 12.5;
/** The CJK fonts' ascent and descent (Noto Sans CJK: 1.16 and 0.29 em), which the text's box spans. */
const ASCENT = 1.16;
const DESCENT = 0.29;
const POINT_RADIUS = 5;
const GAP = 2;

/** A text's width, over-estimated so that boxes that do not meet here do not meet on screen: CJK and other wide characters 1 em, % 0.9, other ASCII 0.62. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const char of text) ems += char === '%' ? 0.9 : char.charCodeAt(0) < 0x80 ? 0.62 : 1;
  return ems * fontSize;
}

export function textBox({ text, x, y, anchor }: Text, fontSize = FONT_SIZE): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { left, right: left + width, top: y - ASCENT * fontSize, bottom: y + DESCENT * fontSize };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Within the area, give or take rounding (a label slid to the edge ends there exactly). */
const inside = (box: Box, area: Box) =>
  box.left >= area.left - 1e-6 && box.right <= area.right + 1e-6 && box.top >= area.top - 1e-6 && box.bottom <= area.bottom + 1e-6;
const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** What a label is placed around: the mark's box, and the side it prefers (a plan's label above, an outcome's below). */
export interface LabelRequest {
  text: string;
  around: Box;
  prefer: 'above' | 'below';
}

/**
 * The places tried for a label, best first: on the preferred side, across, beside, then further
 * out above and below. A label above or below a mark near the plot's edge slides inward to fit.
 */
function candidates({ text, around, prefer }: LabelRequest, area: Box, fontSize: number): Text[] {
  const half = textWidth(text, fontSize) / 2;
  const midX = Math.min(Math.max((around.left + around.right) / 2, area.left + half), area.right - half);
  const line = (ASCENT + DESCENT) * fontSize;
  const above = (lines: number): Text => ({ text, x: midX, y: around.top - GAP - DESCENT * fontSize - lines * line, anchor: 'middle' });
  const below = (lines: number): Text => ({ text, x: midX, y: around.bottom + GAP + ASCENT * fontSize + lines * line, anchor: 'middle' });
  const middle = (around.top + around.bottom) / 2 + ((ASCENT - DESCENT) / 2) * fontSize;
  const right: Text = { text, x: around.right + GAP, y: middle, anchor: 'start' };
  const left: Text = { text, x: around.left - GAP, y: middle, anchor: 'end' };
  // A plan's mark stands left of its year's outcome, so its label goes left sooner than right.
  const [first, second, beside] = prefer === 'above' ? [above, below, [left, right]] : [below, above, [right, left]];
  return [first(0), second(0), ...beside, ...[1, 2, 3, 4].flatMap((n) => [first(n), second(n)])];
}

/**
 * Places labels one by one where they meet no obstacle (marks, fixed texts) and no label placed
 * before them, inside `area`; a label with no free place takes the one it overlaps least.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], area: Box, fontSize = FONT_SIZE): Text[] {
  const taken = [...obstacles];
  return requests.map((request) => {
    const options = candidates(request, area, fontSize)
      .map((text) => ({ text, box: textBox(text, fontSize) }))
      .filter(({ box }) => inside(box, area));
    const cost = ({ box }: { box: Box }) => taken.reduce((sum, other) => sum + overlapArea(box, other), 0);
    const best = options.find((option) => !taken.some((other) => overlaps(option.box, other))) ?? options.sort((a, b) => cost(a) - cost(b))[0];
    if (!best) throw new Error(`indicator chart: no room for the label ${request.text}`);
    taken.push(best.box);
    return best.text;
  });
}

function numbers(value: IndicatorValue): { values: number[]; unit: string } | null {
  if (value.kind === 'exact' || value.kind === 'approx') return { values: [value.value], unit: value.unit };
  if (value.kind === 'range') return { values: [value.min, value.max], unit: value.unit };
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

/** The label of a mark: the printed value, ≈ for 左右, * for a printed note (given under the chart). */
function labelText(cell: IndicatorCell): string {
  if (cell.value.kind === 'approx') return `≈${cell.printed.replace(/左右$/, '')}`;
  if (cell.value.kind === 'exact' && cell.value.note) return `${cell.printed.replace(/\s*[(（].*$/, '')}*`;
  return cell.printed;
}

export function chartOf(series: IndicatorSeries): Chart {
  const cellsFor = (year: number): [IndicatorCell | undefined, IndicatorCell | undefined] => [
    series.at(year, 'plan'),
    series.at(year, 'actual') ?? series.at(year, 'estimate'),
  ];
  const plotted = series.years.flatMap((year) =>
    cellsFor(year).flatMap((cell, which) => {
      const parsed = cell && numbers(cell.value);
      return cell && parsed ? [{ year, cell, parsed, series: which === 0 ? ('plan' as const) : ('outcome' as const) }] : [];
    }),
  );
  // The axis speaks the labels' unit (万吨 stays 万吨); only mixed units (7000 人, 1.5 万人) go to the base unit.
  const units = new Set(plotted.map((p) => p.parsed.unit));
  const unit = units.size <= 1 ? ([...units][0] ?? '') : inBaseUnit(0, [...units][0]).unit;
  const inUnit = (v: number, from: string) => (units.size <= 1 ? v : inBaseUnit(v, from).value);
  const values = plotted.flatMap((p) => p.parsed.values.map((v) => inUnit(v, p.parsed.unit)));
  const tickValues = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const tickLabels = tickValues.map((v) => Number(v.toFixed(2)).toLocaleString('zh-CN'));

  const f = FONT_SIZE;
  const unitLabel: Text = { text: ui.indicators.unit(unit), x: 0, y: ASCENT * f, anchor: 'start' };
  const left = Math.ceil(Math.max(...tickLabels.map((t) => textWidth(t))) + 6);
  const plot: Box = { left, right: WIDTH - 4, top: textBox(unitLabel).bottom + (ASCENT + DESCENT) * f, bottom: HEIGHT - (ASCENT + DESCENT) * f - 6 };
  const low = tickValues[0];
  const high = tickValues.at(-1)!;
  const y = (v: number) => plot.bottom - ((v - low) / (high - low || 1)) * (plot.bottom - plot.top);
  const step = (plot.right - plot.left) / series.years.length;
  const x = (year: number) => plot.left + step * (series.years.indexOf(year) + 0.5);

  const xTicks: Text[] = series.years.map((year) => ({ text: `${year}年`, x: x(year), y: plot.bottom + 4 + ASCENT * f, anchor: 'middle' }));
  const yTicks = tickValues.map((v, i) => ({ y: y(v), label: { text: tickLabels[i], x: plot.left - 6, y: y(v) + ((ASCENT - DESCENT) / 2) * f, anchor: 'end' as const } }));

  const shapes = plotted.map((p) => {
    // Plan and outcome of one year stand side by side.
    const mx = x(p.year) + (p.series === 'plan' ? -step / 6 : step / 6);
    const [a, b] = p.parsed.values.map((v) => y(inUnit(v, p.parsed.unit)));
    const box: Box =
      b === undefined
        ? { left: mx - POINT_RADIUS - 1, right: mx + POINT_RADIUS + 1, top: a - POINT_RADIUS - 1, bottom: a + POINT_RADIUS + 1 }
        : { left: mx - POINT_RADIUS, right: mx + POINT_RADIUS, top: b - 1, bottom: a + 1 };
    return { p, mx, a, b, box };
  });
  const labels = placeLabels(
    shapes.map(({ p, box }) => ({ text: labelText(p.cell), around: box, prefer: p.series === 'plan' ? 'above' : 'below' })),
    [textBox(unitLabel), ...shapes.map((s) => s.box)],
    { left: plot.left, right: WIDTH, top: 0, bottom: plot.bottom },
  );
  const marks: Mark[] = shapes.map(({ p, mx, a, b }, i) => {
    const base = { series: p.series, x: mx, approx: p.cell.value.kind === 'approx', label: labels[i] };
    return b === undefined ? { ...base, y: a } : { ...base, y1: a, y2: b };
  });
  const notes = plotted.filter((p) => p.cell.value.kind === 'exact' && p.cell.value.note).map((p) => ({ year: p.year, role: p.cell.role, printed: p.cell.printed }));
  return { width: WIDTH, height: HEIGHT, fontSize: f, plot, unit, unitLabel, xTicks, yTicks, marks, notes };
}
