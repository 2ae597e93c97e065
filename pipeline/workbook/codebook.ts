/** The Codebook sheet: general notes, then one row per column of every table sheet, generated from schemas/. */
import type { Workbook, Worksheet } from 'exceljs';
import { loadSchema, isNullable, tableNames, type FieldSchema, type TableName } from '../lib/schema.ts';
import { formulaProtectionNotes } from '../lib/cells.ts';
import { sheetColumns, type SheetColumn } from './columns.ts';
import { wrappedLines, rowHeight } from './sizing.ts';
import { ooxmlText } from './xml-text.ts';
import { CODEBOOK_WIDTHS, DATE_ALLOWED, ISO_PERIOD_PATTERN, PERIOD_ALLOWED, FONT, FORMAT, HEADING_HEIGHT, KIND_NOTES, SHEET, TABLE_STYLE, TYPE_LABELS, workbookOnlyColumns } from './layout.ts';

/** Notes that apply to every sheet, shown above the column list. */
export function codebookNotes(): [string, string][] {
  const detailTables = tableNames.filter((t) => loadSchema(t)['x-table'].foreignKeys.some((k) => k.reference.resource === 'events'));
  const extras = tableNames.flatMap((t) => (workbookOnlyColumns[t] ?? []).map((c) => `${t}.${c.name}`));
  return [
    ['What this is', `Every column of every table sheet, in sheet order, generated from the JSON Schemas in schemas/ (the same schemas that define the CSV files and datapackage.json). One table sheet per CSV file, one row per CSV row. An empty cell means the source does not say.`],
    ['Dates', `Dates are text in ISO 8601 at the precision the source gives (${DATE_ALLOWED}), not Excel dates, because a year (2007) or a month (2007-11) is not a day. They sort correctly as text; filter them with "begins with" or use the year column of the events sheet.`],
    ['Numbers', `Numbers are stored as numbers: counts and offsets as whole numbers with thousands separators, US dollar amounts in currency format, amounts in their original currency (given in the currency column) with thousands separators.`],
    ['Text and formulas', formulaProtectionNotes.workbook],
    ['Filters and links', `Each table sheet is an Excel table with a filter button on every header; the header row and the first column stay visible when scrolling. Each event_id in ${detailTables.join(', ')} links to the event's row in the events sheet, each source_id to its row in sources; URLs open in a browser.`],
    ['Workbook-only columns', `${extras.join(', ') || 'none'}: helper columns that the CSV files do not have, marked "workbook only" below.`],
  ];
}

/** The allowed values of a field: its enum, a date's precisions, its minimum or its pattern. */
function allowedValues(column: SheetColumn): string {
  const field: FieldSchema | undefined = column.field;
  if (!field) return '';
  const allowed = field.enum?.filter((v) => v !== null);
  if (allowed?.length) return allowed.join(', ');
  if (column.kind === 'date') return field.pattern === ISO_PERIOD_PATTERN ? PERIOD_ALLOWED : DATE_ALLOWED;
  if (field.minimum !== undefined) return `≥ ${field.minimum}`;
  if (field.pattern) return `pattern ${field.pattern}`;
  return '';
}

/** What a column looks like in the workbook: its kind's note, where it links, whether it is workbook-only. */
function workbookNote(column: SheetColumn): string {
  const notes = [KIND_NOTES[column.kind]];
  if (column.link) notes.push(`Links to its row in the ${column.link.table} sheet.`);
  if (!column.field) notes.push('Workbook only: not in the CSV file.');
  return notes.join(' ');
}

/** One codebook row per column of a table sheet. */
export function codebookRows(table: TableName): (string | null)[][] {
  return sheetColumns(table).map((c) => {
    const extra = workbookOnlyColumns[table]?.find((x) => x.name === c.name);
    return [
      table,
      c.name,
      TYPE_LABELS[c.kind],
      c.field?.['x-unit'] ?? null,
      c.field ? (isNullable(c.field) ? 'yes' : 'no') : 'yes',
      allowedValues(c) || null,
      c.field?.description ?? extra?.description ?? '',
      workbookNote(c),
    ];
  });
}

const HEADERS = Object.keys(CODEBOOK_WIDTHS) as (keyof typeof CODEBOOK_WIDTHS)[];
const HEADER_LABELS: Record<keyof typeof CODEBOOK_WIDTHS, string> = {
  table: 'table', column: 'column', type: 'type', unit: 'unit', empty: 'can be empty', allowed: 'allowed values', description: 'description', workbook: 'in this workbook',
};

/** Adds the Codebook sheet. */
export function addCodebookSheet(workbook: Workbook): Worksheet {
  const sheet = workbook.addWorksheet(SHEET.codebook, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  HEADERS.forEach((h, j) => (sheet.getColumn(j + 1).width = CODEBOOK_WIDTHS[h]));
  const noteWidth = HEADERS.slice(1).reduce((sum, h) => sum + CODEBOOK_WIDTHS[h], 0);

  sheet.getCell('A1').value = 'Codebook';
  sheet.getCell('A1').font = FONT.title;
  sheet.getRow(1).height = HEADING_HEIGHT.title;
  const notes = codebookNotes();
  notes.forEach(([label, text], i) => {
    const r = i + 2;
    sheet.getCell(r, 1).value = label;
    sheet.getCell(r, 1).font = FONT.label;
    sheet.getCell(r, 1).alignment = { vertical: 'top', wrapText: true };
    sheet.mergeCells(r, 2, r, HEADERS.length);
    sheet.getCell(r, 2).value = ooxmlText(text);
    sheet.getCell(r, 2).alignment = { vertical: 'top', wrapText: true };
    const height = rowHeight(Math.max(wrappedLines(text, noteWidth), wrappedLines(label, CODEBOOK_WIDTHS.table)));
    if (height) sheet.getRow(r).height = height;
  });

  const top = notes.length + 3;
  const rows = tableNames.flatMap((t) => codebookRows(t));
  sheet.addTable({
    name: 'codebook',
    ref: `A${top}`,
    headerRow: true,
    style: TABLE_STYLE,
    columns: HEADERS.map((h) => ({ name: HEADER_LABELS[h], filterButton: true })),
    rows: rows.map((row) => row.map((v) => (v === null ? null : ooxmlText(v)))),
  });
  sheet.getRow(top).font = FONT.header;
  rows.forEach((row, i) => {
    const r = top + 1 + i;
    let lines = 1;
    HEADERS.forEach((h, j) => {
      const cell = sheet.getCell(r, j + 1);
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.numFmt = FORMAT.text;
      lines = Math.max(lines, wrappedLines(String(row[j] ?? ''), CODEBOOK_WIDTHS[h]));
    });
    const height = rowHeight(lines);
    if (height) sheet.getRow(r).height = height;
  });
  return sheet;
}
