/**
 * One sheet per published table: an Excel table with a bold frozen header, filters, fitted widths and links.
 * exceljs builds the sheet's frame (header row, columns, table, view, page set-up) with one row of style samples;
 * the data rows are not given to exceljs (it would hold every cell), but written as XML by sheet-xml.ts, one row at a
 * time, from the TablePlan made here: the columns, their widths and wrapping, and each cell's value, style and link.
 */
import type { Font, Style, Workbook, Worksheet } from 'exceljs';
import type { RecordsFile, Row } from '../lib/records.ts';
import type { TableName } from '../lib/schema.ts';
import { sheetColumns, numberFormatOf, displayText, textWidth, type SheetColumn } from './columns.ts';
import { fittedWidthOf, wrapsAt, wrappedLines, rowHeight } from './sizing.ts';
import { FONT, FORMAT, TABLE_STYLE, type ColumnContext } from './layout.ts';
import { ooxmlText } from './xml-text.ts';

/** Excel row numbers of a table sheet's rows by the value of one column (header is row 1). */
export type RowLocator = (table: TableName, key: string, value: string) => string | undefined;

/** Column letters A, B, …, Z, AA, … for a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The in-workbook link target (e.g. #'events'!A5) of the row whose `key` column holds `value`. */
export function rowLocator(records: RecordsFile): RowLocator {
  const cache = new Map<string, { letter: string; rows: Map<string, number> }>();
  return (table, key, value) => {
    let index = cache.get(`${table}.${key}`);
    if (!index) {
      const rows = new Map<string, number>();
      records.tables[table].forEach((row, i) => rows.set(String(row[key]), i + 2));
      index = { letter: columnLetter(sheetColumns(table).findIndex((c) => c.name === key) + 1), rows };
      cache.set(`${table}.${key}`, index);
    }
    const r = index.rows.get(value);
    return r === undefined ? undefined : `#'${table}'!${index.letter}${r}`;
  };
}

/**
 * One style object per combination of wrapping, number format and font, shared by every cell that has it:
 * exceljs serialises each style object once. Cells' styles are only ever replaced, never edited.
 */
const sharedStyles = new Map<string, Partial<Style>>();
/** The key of a cell style: wrapping, number format, link font. */
export function styleKey(wrap: boolean, numFmt?: string, link = false): string {
  return `${wrap}|${numFmt ?? ''}|${link ? 'link' : ''}`;
}
function styleOf(key: string): Partial<Style> {
  let style = sharedStyles.get(key);
  if (!style) {
    const [wrap, numFmt, link] = key.split('|');
    const font: Partial<Font> | undefined = link ? FONT.link : undefined;
    style = { alignment: { vertical: 'top', wrapText: wrap === 'true' }, ...(numFmt ? { numFmt } : {}), ...(font ? { font } : {}) };
    sharedStyles.set(key, style);
  }
  return style;
}

/** Every cell style a table sheet can use: sampled in the sheet's frame so exceljs registers each in styles.xml. */
export const STYLE_KEYS: string[] = [false, true].flatMap((wrap) => [
  styleKey(wrap),
  ...Object.values(FORMAT).map((f) => styleKey(wrap, f)),
  styleKey(wrap, FORMAT.text, true),
]);

/** What a cell holds: its value as stored, its style, and where it links (an in-workbook location or a URL). */
export type PlannedCell =
  | { type: 'empty'; style: string }
  | { type: 'boolean'; value: boolean; style: string }
  | { type: 'number'; value: number; style: string }
  | { type: 'string'; text: string; style: string; link?: { location?: string; url?: string; tooltip: string } };

/** A table sheet's columns with their widths and wrapping, and how each row becomes cells. */
export interface TablePlan {
  table: TableName;
  columns: SheetColumn[];
  rows: Row[];
  widths: number[];
  wraps: boolean[];
  /** String cells in the whole sheet (each is one shared string). */
  strings: number;
  cell(row: Row, j: number): PlannedCell;
  /** Lines the tallest wrapped cell of the row takes. */
  lines(row: Row): number;
}

/** How one value becomes a cell; text becomes a Text cell, links become hyperlinks. */
function plannedCell(column: SheetColumn, value: Row[string], row: Row, locate: RowLocator, wrap: boolean): PlannedCell {
  if (value === null || value === undefined) return { type: 'empty', style: styleKey(wrap) };
  if (typeof value === 'boolean') return { type: 'boolean', value, style: styleKey(wrap) };
  if (typeof value === 'number') return { type: 'number', value, style: styleKey(wrap, numberFormatOf(column.kind, value)) };
  const rowLink = column.rowLink?.(row) ?? null;
  const target = rowLink ? locate(rowLink.table, rowLink.key, rowLink.value) : column.link ? locate(column.link.table, column.link.key, value) : column.kind === 'url' ? value : undefined;
  if (!target) return { type: 'string', text: ooxmlText(value), style: styleKey(wrap, FORMAT.text) };
  const sheet = rowLink?.table ?? column.link?.table;
  const link = sheet ? { location: target.replace(/^#/, ''), tooltip: `Go to this row in the ${sheet} sheet` } : { url: target, tooltip: 'Open in a browser' };
  return { type: 'string', text: ooxmlText(value), style: styleKey(wrap, FORMAT.text, true), link };
}

/** The plan of one table's sheet: one pass over the rows per column for its width, one for its wrapping. */
export function planTable(table: TableName, records: RecordsFile, locate: RowLocator, ctx: ColumnContext): TablePlan {
  const columns = sheetColumns(table, ctx);
  const rows = records.tables[table];
  const textOf = (row: Row, j: number) => displayText(columns[j].kind, columns[j].value(row));
  const widths = columns.map((c, j) => fittedWidthOf(c.name, rows.reduce((w, row) => Math.max(w, textWidth(textOf(row, j))), 0)));
  const wraps = columns.map((_, j) => rows.some((row) => wrapsAt(textOf(row, j), widths[j])));
  let strings = 0;
  for (const row of rows) for (let j = 0; j < columns.length; j++) if (typeof columns[j].value(row) === 'string') strings++;
  return {
    table,
    columns,
    rows,
    widths,
    wraps,
    strings,
    cell: (row, j) => plannedCell(columns[j], columns[j].value(row), row, locate, wraps[j]),
    lines: (row) => columns.reduce((n, _, j) => (wraps[j] ? Math.max(n, wrappedLines(textOf(row, j), widths[j])) : n), 1),
  };
}

/** Row height in points of a planned row, or undefined for one line. */
export const plannedHeight = (plan: TablePlan, row: Row): number | undefined => rowHeight(plan.lines(row));

/**
 * Adds the frame of one table's sheet: header from the schema (plus workbook-only columns), widths, frozen header,
 * page set-up, and (when it has rows) an Excel table whose second row holds one empty cell per cell style
 * (STYLE_KEYS, in order): the rows themselves are written by sheet-xml.ts in place of that sample row.
 */
export function addTableSheet(workbook: Workbook, plan: TablePlan): Worksheet {
  const { table, columns } = plan;
  const sheet = workbook.addWorksheet(table, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  if (plan.rows.length > 0) {
    sheet.addTable({
      name: table,
      ref: 'A1',
      headerRow: true,
      style: TABLE_STYLE,
      columns: columns.map((c) => ({ name: c.name, filterButton: true })),
      rows: [columns.map(() => null)],
    });
    STYLE_KEYS.forEach((key, k) => (sheet.getCell(2, k + 1).style = styleOf(key)));
  } else {
    sheet.getRow(1).values = columns.map((c) => c.name);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  const header = sheet.getRow(1);
  header.font = FONT.header;
  header.alignment = { vertical: 'top' };
  plan.widths.forEach((width, j) => (sheet.getColumn(j + 1).width = width));
  return sheet;
}
