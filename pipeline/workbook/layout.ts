/**
 * Everything the workbook looks like, in one place: sheet names, fonts, widths, number formats,
 * the workbook-only helper columns, and the notes the Codebook shows. Code elsewhere only applies these.
 */
import type { Row } from '../lib/records.ts';
import type { TableName } from '../lib/schema.ts';
import { shownDate, qualifiedCount } from '../lib/marks.ts';

export const SHEET = { about: 'About', codebook: 'Codebook' } as const;

/** The schema pattern of an ISO 8601 date at year, month or day precision: such columns stay text. */
export const ISO_DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
/** The schemas' pattern of a period: such a date, or an interval of two (indicators.period: "2025-01/2025-04"). */
export const ISO_PERIOD_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$';

/** How a column is stored and shown; derived from its schema (see kindOf in columns.ts). */
export type Kind = 'text' | 'url' | 'date' | 'integer' | 'year' | 'number' | 'money' | 'usd' | 'boolean';

/** Excel number formats. Text cells use @ (Text), which also keeps edited text from becoming a formula. */
export const FORMAT = {
  text: '@',
  integer: '#,##0',
  year: '0',
  decimal: '#,##0.0##',
  money: '#,##0',
  moneyCents: '#,##0.00',
  usd: '[$$-409]#,##0',
  usdCents: '[$$-409]#,##0.00',
} as const;

/** Fonts: the workbook's default font (Calibri 11) named in full, so no application substitutes another family. */
const BASE_FONT = { name: 'Calibri', family: 2, size: 11 } as const;
export const FONT = {
  header: { ...BASE_FONT, bold: true },
  title: { ...BASE_FONT, bold: true, size: 16 },
  heading: { ...BASE_FONT, bold: true, size: 13 },
  label: { ...BASE_FONT, bold: true },
  link: { ...BASE_FONT, color: { argb: 'FF0563C1' }, underline: true },
} as const;

/** Column widths in characters: table columns fit their content between these bounds; longer text wraps. */
export const WIDTH = { min: 8, max: 60, padding: 2, filterButton: 3 } as const;
/** Characters of ordinary text per unit of column width (a unit is the width of a digit; most letters are narrower). */
export const CHARS_PER_WIDTH = 1.1;
/**
 * Height of one line of 11-point text, in points. Rows with wrapped text get a stored height (one of these per
 * estimated line, erring on the generous side): LibreOffice does not fit row heights when it opens an .xlsx file.
 */
export const LINE_HEIGHT = 15;
/** Heights of the rows holding a title or a heading (points), which are in larger type. */
export const HEADING_HEIGHT = { title: 24, heading: 19 } as const;

/** Excel's table style: banded rows, and a header without a dark fill, so the explicit bold black header font stays readable. */
export const TABLE_STYLE = { theme: 'TableStyleLight1', showRowStripes: true } as const;

/** About and Codebook column widths (characters). */
export const ABOUT_WIDTHS = [26, 100, 10] as const;
export const CODEBOOK_WIDTHS = { table: 14, column: 16, type: 14, unit: 20, empty: 13, allowed: 30, description: 60, workbook: 45 } as const;

/** What a workbook-only column may look up beyond its row: entity names, and the detail row of an event. */
export interface ColumnContext {
  /** The reference name of an entity id ("BLR" → "Belarus"), or null when unknown. */
  name: (id: string) => string | null;
  /** The detail table that has a row for this event_id (visits, agreements, finance, indicators), if any. */
  detailTable: (eventId: string) => TableName | null;
}

/** A context that knows nothing: for listing columns without records. */
export const emptyContext: ColumnContext = { name: () => null, detailTable: () => null };

/** A cell that links to the row of a table whose `key` column holds `value`. */
export interface RowLink {
  table: TableName;
  key: string;
  value: string;
}

/** A column that exists only in the workbook, derived from a row, to help filtering, pivoting and reading. */
export interface WorkbookOnlyColumn {
  name: string;
  kind: Kind;
  type: string;
  description: string;
  value: (row: Row, ctx: ColumnContext) => number | string | boolean | null;
  /** Where the cell links to, when it does. */
  link?: (row: Row, ctx: ColumnContext) => RowLink | null;
}

/** "CHN; BLR" → "China; Belarus" (codes without a name stay as they are). */
function namesOf(value: Row[string], ctx: ColumnContext): string | null {
  if (typeof value !== 'string' || value === '') return null;
  return value.split(';').map((id) => ctx.name(id.trim()) ?? id.trim()).join('; ');
}

/** A column with the names of the entities a code column holds, placed after the schema's columns. */
function namesColumn(code: string): WorkbookOnlyColumn {
  return {
    name: `${code}_name`,
    kind: 'text',
    type: 'string',
    description: `The name of each entity in ${code} (ISO 3166-1 alpha-3 code for a country), from entities.csv.`,
    value: (row, ctx) => namesOf(row[code], ctx),
  };
}


/** Helper columns appended after a table's schema columns (the CSV files do not have them). */
export const workbookOnlyColumns: Partial<Record<TableName, WorkbookOnlyColumn[]>> = {
  events: [
    {
      name: 'year',
      kind: 'year',
      type: 'integer',
      description:
        'The year of date, as a number, so events can be filtered (e.g. between 2005 and 2010) and pivoted by year. Empty when date is empty.',
      value: (row) => (typeof row.date === 'string' ? Number(row.date.slice(0, 4)) : null),
    },
    {
      name: 'date_shown',
      kind: 'text',
      type: 'string',
      description: 'The date as the brief shows it: "≈ " before a date the sentence does not state (date_basis relative_to_publication or inferred_from_context); a range as "2016-11-16 to 2016-11-19" (end_date); "every year since 1998" or "(recurring)" for a fact that recurs (recurrence).',
      value: (row) => shownDate(row, (iso) => iso, (start, end) => `${start} to ${end}`),
    },
    {
      name: 'countries',
      kind: 'text',
      type: 'string',
      description: 'The actors by name: "A → B" when A acts toward B, "A ↔ B" for a mutual act (direction mutual).',
      value: (row, ctx) => {
        const a = namesOf(row.actor_1, ctx);
        const b = namesOf(row.actor_2, ctx);
        return b ? `${a} ${row.direction === 'mutual' ? '↔' : '→'} ${b}` : a;
      },
    },
    namesColumn('actor_1'),
    namesColumn('actor_2'),
    {
      name: 'details',
      kind: 'text',
      type: 'string',
      description: 'The sheet holding this event’s details (visits, agreements, finance or indicators), linked to its row there; that row links back here.',
      value: (row, ctx) => ctx.detailTable(String(row.event_id)),
      link: (row, ctx) => {
        const table = ctx.detailTable(String(row.event_id));
        return table ? { table, key: 'event_id', value: String(row.event_id) } : null;
      },
    },
  ],
  visits: [namesColumn('from_country'), namesColumn('to_country')],
  agreements: [
    {
      name: 'count_shown',
      kind: 'text',
      type: 'string',
      description: 'The count as the brief shows it: "≥ 16", "more than 20", "≤ 10" or "about 30" when the text gives a bound or an estimate (count_qualifier), else the count.',
      value: (row) => (typeof row.count === 'number' ? qualifiedCount(row.count, row.count_qualifier) : null),
    },
  ],
  finance: [namesColumn('provider'), namesColumn('recipients')],
  indicators: [namesColumn('subject_country'), namesColumn('partner_country')],
  entities: [namesColumn('country')],
};

/** What each kind of column looks like in the workbook: the Codebook's "in this workbook" column. */
export const KIND_NOTES: Record<Kind, string> = {
  text: 'Text.',
  url: 'Text: a clickable link.',
  date: 'Text, not an Excel date: 2007 and 2007-11 are not days. Sorts and filters correctly as text; filter with "begins with".',
  integer: 'Whole number, with thousands separators.',
  year: 'Whole number (a year), no separators.',
  number: 'Number, with thousands separators.',
  money: 'Number in the currency given in the currency column, with thousands separators. Do not add up rows in different currencies; use the USD column.',
  usd: 'US dollars, currency format.',
  boolean: 'TRUE or FALSE.',
};

export const TYPE_LABELS: Record<Kind, string> = {
  text: 'text',
  url: 'text (URL)',
  date: 'date as text (ISO 8601)',
  integer: 'integer',
  year: 'integer',
  number: 'number',
  money: 'number',
  usd: 'number',
  boolean: 'boolean',
};

export const DATE_ALLOWED = 'YYYY, YYYY-MM or YYYY-MM-DD';
export const PERIOD_ALLOWED = `${DATE_ALLOWED}, or an interval start/end of two of them (2025-01/2025-04)`;
