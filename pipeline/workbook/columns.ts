/** The columns of a table sheet, derived from the table's schema, and how each value becomes a cell. */
import type { CellValue } from 'exceljs';
import { loadSchema, columnsOf, baseTypeOf, type FieldSchema, type TableName, type TableSchema } from '../lib/schema.ts';
import type { Row } from '../lib/records.ts';
import { FORMAT, ISO_DATE_PATTERN, ISO_PERIOD_PATTERN, workbookOnlyColumns, emptyContext, type ColumnContext, type Kind, type RowLink } from './layout.ts';

/** Where a column's values link to: the row of the referenced table whose key equals the value. */
export interface LinkTarget {
  table: TableName;
  key: string;
}

export interface SheetColumn {
  name: string;
  kind: Kind;
  /** The schema field, or undefined for a workbook-only column. */
  field?: FieldSchema;
  link?: LinkTarget;
  /** A link that depends on the row (a workbook-only column's). */
  rowLink?: (row: Row) => RowLink | null;
  value: (row: Row) => Row[string];
}

/** How a schema field is stored and shown, from its type, unit and pattern. */
export function kindOf(name: string, field: FieldSchema): Kind {
  const type = baseTypeOf(field);
  if (type === 'boolean') return 'boolean';
  if (type === 'integer') return 'integer';
  if (type === 'number') {
    if (field['x-unit'] === 'US dollars') return 'usd';
    if (field['x-unit'] === 'currency units') return 'money';
    return 'number';
  }
  if (field.pattern === ISO_DATE_PATTERN || field.pattern === ISO_PERIOD_PATTERN) return 'date';
  if (name === 'url' || name.endsWith('_url')) return 'url';
  return 'text';
}

/** The referenced table and key of a single-field foreign key on this column, if the schema declares one. */
function linkOf(name: string, schema: TableSchema): LinkTarget | undefined {
  const fk = schema['x-table'].foreignKeys.find((k) => k.fields.length === 1 && k.fields[0] === name);
  return fk ? { table: fk.reference.resource as TableName, key: fk.reference.fields[0] } : undefined;
}

/** The sheet's columns: the schema's columns in schema order, then the workbook-only helper columns. */
export function sheetColumns(table: TableName, ctx: ColumnContext = emptyContext): SheetColumn[] {
  const schema = loadSchema(table);
  const fromSchema = columnsOf(schema).map((name): SheetColumn => {
    const field = schema.properties[name];
    return { name, kind: kindOf(name, field), field, link: linkOf(name, schema), value: (row) => row[name] ?? null };
  });
  const extra = (workbookOnlyColumns[table] ?? []).map((c): SheetColumn => ({ name: c.name, kind: c.kind, value: (row) => c.value(row, ctx), ...(c.link ? { rowLink: (row: Row) => c.link!(row, ctx) } : {}) }));
  return [...fromSchema, ...extra];
}

/** The header of a table sheet: what the tests compare with the schema. */
export function sheetHeader(table: TableName): string[] {
  return sheetColumns(table).map((c) => c.name);
}

/** The number format of a numeric cell: whole numbers without decimals, others with as many as they need. */
export function numberFormatOf(kind: Kind, value: number): string {
  const whole = Number.isInteger(value);
  switch (kind) {
    case 'usd':
      return whole ? FORMAT.usd : FORMAT.usdCents;
    case 'money':
      return whole ? FORMAT.money : FORMAT.moneyCents;
    case 'year':
      return FORMAT.year;
    case 'integer':
      return FORMAT.integer;
    default:
      return whole ? FORMAT.integer : FORMAT.decimal;
  }
}

/** Digits grouped by thousands, as the #,##0 formats show them (independent of the machine's locale). */
function grouped(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** The text a cell shows, to size its column: numbers as formatted, text by its longest line. */
export function displayText(kind: Kind, value: Row[string] | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return kind === 'year' ? String(value) : `${kind === 'usd' ? '$' : ''}${grouped(value)}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/** Width of a text in characters (code points), by its longest line. */
export function textWidth(text: string): number {
  return Math.max(0, ...text.split(/\r\n|\r|\n/).map((line) => Array.from(line).length));
}

/** A row value as an exceljs cell value (null stays an empty cell). */
export function plainValue(value: Row[string] | undefined): CellValue {
  return value === undefined ? null : value;
}
