/** One sheet per published table: an Excel table with a bold frozen header, filters, fitted widths and links. */
import type { Cell, Font, Style, Workbook, Worksheet } from 'exceljs';
import type { RecordsFile, Row } from '../lib/records.ts';
import type { TableName } from '../lib/schema.ts';
import { sheetColumns, numberFormatOf, displayText, plainValue, type SheetColumn } from './columns.ts';
import { fittedWidth, needsWrap, wrappedLines, rowHeight } from './sizing.ts';
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
  const cache = new Map<string, Map<string, string>>();
  return (table, key, value) => {
    let index = cache.get(`${table}.${key}`);
    if (!index) {
      const letter = columnLetter(sheetColumns(table).findIndex((c) => c.name === key) + 1);
      index = new Map(records.tables[table].map((row, i) => [String(row[key]), `#'${table}'!${letter}${i + 2}`]));
      cache.set(`${table}.${key}`, index);
    }
    return index.get(value);
  };
}

/**
 * One style object per combination of wrapping, number format and font, shared by every cell that has it:
 * exceljs recognises a style object it has seen and skips serialising it again, which at tens of thousands of
 * cells is most of the time the workbook spends on styles. Cells' styles are only ever replaced, never edited.
 */
const sharedStyles = new Map<string, Partial<Style>>();
function styleOf(wrap: boolean, numFmt?: string, font?: Partial<Font>): Partial<Style> {
  const key = `${wrap}|${numFmt ?? ''}|${font === FONT.link ? 'link' : ''}`;
  let style = sharedStyles.get(key);
  if (!style) {
    style = { alignment: { vertical: 'top', wrapText: wrap }, ...(numFmt ? { numFmt } : {}), ...(font ? { font } : {}) };
    sharedStyles.set(key, style);
  }
  return style;
}

/** Writes a value into a cell with its type's format; text becomes a Text cell, links become hyperlinks. */
function fillCell(cell: Cell, column: SheetColumn, value: Row[string], row: Row, locate: RowLocator, wrap: boolean): void {
  if (value === null || typeof value === 'boolean') {
    cell.style = styleOf(wrap);
    if (value !== null) cell.value = value;
    return;
  }
  if (typeof value === 'number') {
    cell.value = value;
    cell.style = styleOf(wrap, numberFormatOf(column.kind, value));
    return;
  }
  const rowLink = column.rowLink?.(row) ?? null;
  const target = rowLink ? locate(rowLink.table, rowLink.key, rowLink.value) : column.link ? locate(column.link.table, column.link.key, value) : column.kind === 'url' ? value : undefined;
  if (target) {
    const sheet = rowLink?.table ?? column.link?.table;
    const tooltip = sheet ? `Go to this row in the ${sheet} sheet` : 'Open in a browser';
    cell.value = { text: ooxmlText(value), hyperlink: target, tooltip };
    cell.style = styleOf(wrap, FORMAT.text, FONT.link);
  } else {
    cell.value = ooxmlText(value);
    cell.style = styleOf(wrap, FORMAT.text);
  }
}

/** Adds the sheet of one table: header from the schema (plus workbook-only columns), one row per record. */
export function addTableSheet(workbook: Workbook, table: TableName, records: RecordsFile, locate: RowLocator, ctx: ColumnContext): Worksheet {
  const columns = sheetColumns(table, ctx);
  const rows = records.tables[table];
  const sheet = workbook.addWorksheet(table, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const values = rows.map((row) => columns.map((c) => c.value(row)));
  if (rows.length > 0) {
    sheet.addTable({
      name: table,
      ref: 'A1',
      headerRow: true,
      style: TABLE_STYLE,
      columns: columns.map((c) => ({ name: c.name, filterButton: true })),
      rows: values.map((v) => v.map((x) => (typeof x === 'string' ? ooxmlText(x) : plainValue(x)))),
    });
  } else {
    sheet.getRow(1).values = columns.map((c) => c.name);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  const header = sheet.getRow(1);
  header.font = FONT.header;
  header.alignment = { vertical: 'top' };

  const lines = new Array<number>(rows.length).fill(1);
  columns.forEach((column, j) => {
    const texts = values.map((v) => displayText(column.kind, v[j]));
    const width = fittedWidth(column.name, texts);
    const wrap = needsWrap(texts, width);
    sheet.getColumn(j + 1).width = width;
    values.forEach((v, i) => {
      fillCell(sheet.getCell(i + 2, j + 1), column, v[j], rows[i], locate, wrap);
      if (wrap) lines[i] = Math.max(lines[i], wrappedLines(texts[i], width));
    });
  });
  lines.forEach((n, i) => {
    const height = rowHeight(n);
    if (height) sheet.getRow(i + 2).height = height;
  });
  return sheet;
}
