/**
 * The front matter of a report file. One base schema, extended per kind of
 * document; every value is taken from the source (see content/README.md).
 */
import { z } from 'astro/zod';
import { IndicatorValueError, parseIndicatorValue } from '../lib/indicator-values.ts';

export const KINDS = ['annual-plan-report', 'government-work-report', 'budget-report', 'press-special'] as const;
export type ReportKind = (typeof KINDS)[number];
/** What an indicator column gives, in the order the site lists them: plan (the district's), city-plan (the city's target), actual (完成), estimate (预计完成). */
export const INDICATOR_ROLES = ['plan', 'city-plan', 'actual', 'estimate'] as const;

const text = z.string().trim().min(1);

const person = z.object({
  name: text,
  /** The role as printed, e.g. 天元区发展和改革局局长. */
  role: text,
});

const base = z.object({
  /** The title as printed on the report. */
  title: text,
  /**
   * A short title that names whose report it is and which year, for tabs, cards, results, the
   * running header and citations (e.g. 株洲日报 2021 年市两会特别报道). Without it the site
   * says `<region> <year> 年<kind>` (see displayTitle in src/lib/reports.ts).
   */
  shortTitle: text.optional(),
  subtitle: text.optional(),
  /**
   * Where the report comes from, broadest first: [国务院] for the State Council, else the
   * province, city and district or county, e.g. [湖南省, 株洲市, 天元区]. For a press special,
   * the region it reports on. The home page and the search filters group reports by it.
   */
  region: z.array(text.refine((name) => !name.includes('/'), 'must not contain “/”, which separates the levels of a region in addresses and filters')).min(1),
  /** The body responsible for the report, as a citation names it: 株洲市天元区人民政府, 株洲日报. */
  issuer: text,
  /** Written unquoted as YYYY-MM-DD, which YAML reads as a date. */
  date: z.date({
    error: (issue) => (issue.input === undefined ? 'required: the date of the report, YYYY-MM-DD' : 'must be a date written YYYY-MM-DD, unquoted'),
  }),
  /** `printed`: the date stands in the source; `inferred`: worked out by the editors (say how in dateNote). */
  dateBasis: z.enum(['printed', 'inferred']),
  dateNote: text.optional(),
  /** The source text the report was transcribed from: a file name in content/sources/. */
  source: z.string().regex(/^[^/\\]+\.(txt|md)$/, 'must be the file name (no folders) of a .txt or .md source text, such as 000_92abf285a1dee3b7.txt'),
  /** Where the source was published, when known (an imported report's `source:` address). */
  sourceUrl: z.url().optional(),
  /** A short description in the document's own words. */
  description: text,
});

/** Real reports do not always print the session or the speaker (about a fifth of them do not), so both are optional. */
const speech = {
  /** The congress session at which the report was delivered. */
  occasion: text.optional(),
  speaker: person.optional(),
  /** Set when the report was submitted in writing rather than read out (书面报告). */
  written: z.boolean().default(false),
};

const annualPlanReport = base.extend({ kind: z.literal('annual-plan-report'), ...speech });
const governmentWorkReport = base.extend({ kind: z.literal('government-work-report'), ...speech });
const budgetReport = base.extend({ kind: z.literal('budget-report'), ...speech });
const pressSpecial = base.extend({
  kind: z.literal('press-special'),
  /** The session the special reports on, when the source names it. */
  occasion: text.optional(),
  publication: z.object({
    name: text,
    /** The page as printed, e.g. B2. */
    page: text.optional(),
    /** The section heading of the special, e.g. 株洲市两会特别报道. */
    section: text.optional(),
    /** Editors and other staff named on the page. */
    staff: z.array(person).default([]),
  }),
  authors: z.array(person).default([]),
});

export const reportSchema = z.discriminatedUnion('kind', [annualPlanReport, governmentWorkReport, budgetReport, pressSpecial]);
export type ReportData = z.infer<typeof reportSchema>;

/** A report's glossary (名词解释), entries as printed: number, term, the printed page it points to, definition. */
export const glossarySchema = z.object({
  /** The id of the report that prints the glossary. */
  report: text,
  entries: z
    .array(
      z.object({
        number: z.number().int().positive(),
        term: text,
        page: z.string().regex(/^P\d+$/, 'must be a printed page mark such as P4'),
        definition: text,
      }),
    )
    .min(1)
    .superRefine((entries, ctx) => {
      // A repeated number or term would print twice and link a term to two definitions.
      for (const field of ['number', 'term'] as const) {
        const first = new Map<unknown, number>();
        entries.forEach((entry, i) => {
          const earlier = first.get(entry[field]);
          if (earlier === undefined) first.set(entry[field], i);
          else ctx.addIssue({ code: 'custom', path: [i, field], message: `${field} ${entry[field]} repeats entry ${earlier + 1}'s` });
        });
      }
    }),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** An indicator table (附件) of a plan report, as printed: the two-level header and every cell. */
export const indicatorTableSchema = z
  .object({
    /** The id of the report that prints the table. */
    report: text,
    /** The table's printed title (the appendix heading), for saying where a value came from. */
    title: text,
    /** The printed heading of the first column, e.g. 主要指标. */
    corner: text,
    columns: z
      .array(
        z.object({
          /** The printed header of a column group (e.g. 2022 年计划) over this column, if any. */
          group: text.optional(),
          label: text,
          year: z.number().int().min(1990).max(2100),
          role: z.enum(INDICATOR_ROLES),
        }),
      )
      .min(1),
    rows: z
      .array(
        z.object({
          /** A stable key for the indicator across reports, e.g. gdp. */
          key: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case ASCII words joined by hyphens'),
          label: text,
          values: z.array(z.string()),
        }),
      )
      .min(1),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.values.length !== table.columns.length) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'values'], message: `has ${row.values.length} values for ${table.columns.length} columns` });
      }
      row.values.forEach((value, j) => {
        try {
          parseIndicatorValue(value);
        } catch (error) {
          if (!(error instanceof IndicatorValueError)) throw error;
          ctx.addIssue({ code: 'custom', path: ['rows', i, 'values', j], message: `row ${row.key}: ${error.message}` });
        }
      });
    });
  });
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;
