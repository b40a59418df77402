/**
 * Views derived from the indicator tables (content/indicators): one record
 * per printed cell with where it came from, the series of one indicator over
 * the years, and the CSV download.
 */
import type { IndicatorTable } from '../content/schema.ts';
import { removeSpuriousSpaces } from './cjk-spacing.ts';
import { parseIndicatorValue, type IndicatorValue } from './indicator-values.ts';

export type Role = IndicatorTable['columns'][number]['role'];

export interface IndicatorCell {
  report: string;
  reportTitle: string;
  table: string;
  key: string;
  /** The indicator's name without its printed number (地区生产总值增速). */
  indicator: string;
  /** The row label as printed (1.地区生产总值增速). */
  label: string;
  /** The column as printed, group first (2022年计划 / 区计划). */
  column: string;
  year: number;
  role: Role;
  printed: string;
  value: IndicatorValue;
}

/** The indicator's name: the row label without its number or 其中：. */
export function indicatorName(label: string): string {
  return removeSpuriousSpaces(label)
    .replace(/^\d+\.\s*/, '')
    .replace(/^其中：/, '');
}

export function indicatorCells(tables: readonly IndicatorTable[], reportTitle: (id: string) => string): IndicatorCell[] {
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns.map((column, i) => ({
        report: table.report,
        reportTitle: reportTitle(table.report),
        table: removeSpuriousSpaces(table.title),
        key: row.key,
        indicator: indicatorName(row.label),
        label: removeSpuriousSpaces(row.label),
        column: [column.group, column.label].filter(Boolean).map((part) => removeSpuriousSpaces(part!)).join(' / '),
        year: column.year,
        role: column.role,
        printed: removeSpuriousSpaces(row.values[i]),
        value: parseIndicatorValue(row.values[i]),
      })),
    ),
  );
}

export interface IndicatorSeries {
  key: string;
  name: string;
  years: number[];
  /** The cells by year and role; a later report's cell wins over an earlier one's for the same year and role. */
  at: (year: number, role: Role) => IndicatorCell | undefined;
  cells: IndicatorCell[];
}

/** One series per indicator, over every year any table covers, in the order the tables list them. */
export function indicatorSeries(cells: readonly IndicatorCell[]): IndicatorSeries[] {
  const years = [...new Set(cells.map((c) => c.year))].sort();
  const keys = [...new Set(cells.map((c) => c.key))];
  return keys.map((key) => {
    const own = cells.filter((c) => c.key === key);
    return {
      key,
      name: own.at(-1)!.indicator,
      years,
      at: (year, role) => own.filter((c) => c.year === year && c.role === role).at(-1),
      cells: own,
    };
  });
}

export const CSV_COLUMNS = ['report', 'reportTitle', 'table', 'key', 'indicator', 'label', 'column', 'year', 'role', 'printed', 'kind', 'value', 'min', 'max', 'unit', 'note'] as const;

/** A cell as a flat row: the printed value and its meaning side by side. */
export function flatCell(cell: IndicatorCell): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const v = cell.value;
  return {
    report: cell.report,
    reportTitle: cell.reportTitle,
    table: cell.table,
    key: cell.key,
    indicator: cell.indicator,
    label: cell.label,
    column: cell.column,
    year: cell.year,
    role: cell.role,
    printed: cell.printed,
    kind: v.kind,
    value: v.kind === 'exact' || v.kind === 'approx' ? v.value : null,
    min: v.kind === 'range' ? v.min : null,
    max: v.kind === 'range' ? v.max : null,
    unit: 'unit' in v ? v.unit : null,
    note: v.kind === 'exact' ? (v.note ?? null) : v.kind === 'qualitative' ? v.text : null,
  };
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet software reads it as UTF-8. */
export function toCsv(cells: readonly IndicatorCell[]): string {
  const quote = (field: string | number | null) => {
    const text = field === null ? '' : String(field);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [CSV_COLUMNS.join(','), ...cells.map((cell) => CSV_COLUMNS.map((c) => quote(flatCell(cell)[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
