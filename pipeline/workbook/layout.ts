/**
 * Everything the workbook looks like, in one place: sheet names, fonts, widths, number formats,
 * the workbook-only helper columns, and the notes the Codebook shows. Code elsewhere only applies these.
 */
import type { Row } from '../lib/records.ts';
import type { TableName } from '../lib/schema.ts';

export const SHEET = { about: 'About', codebook: 'Codebook' } as const;

/** The schema pattern of an ISO 8601 date at year, month or day precision: such columns stay text. */
export const ISO_DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

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

/** A column that exists only in the workbook, derived from a row, to help filtering and pivoting. */
export interface WorkbookOnlyColumn {
  name: string;
  kind: Kind;
  type: string;
  description: string;
  value: (row: Row) => number | string | null;
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
  ],
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
