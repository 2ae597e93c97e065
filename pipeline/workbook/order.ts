/** What the table sheets need beyond their rows: rows in date order, entity names, and each event's detail sheet. */
import type { RecordsFile, Row } from '../lib/records.ts';
import { tableNames, type TableName } from '../lib/schema.ts';
import type { ColumnContext } from './layout.ts';

/** The column a table is sorted by in the workbook (its date, or what stands for it); tables not listed keep their order. */
const dateColumn: Partial<Record<TableName, string>> = {
  events: 'date',
  visits: 'date',
  agreements: 'date',
  finance: 'date',
  indicators: 'period',
  sources: 'published',
};

/** Rows by date (ISO text sorts by date at any precision), undated last, then by their first column for a stable order. */
function byDate(rows: Row[], column: string): Row[] {
  const key = (r: Row) => (r[column] === null || r[column] === undefined ? '\uffff' : String(r[column]));
  const first = (r: Row) => String(Object.values(r)[0] ?? '');
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)) || first(a).localeCompare(first(b)));
}

/** The records with every dated table's rows in date order (a new object; the input is unchanged). */
export function sortedByDate(records: RecordsFile): RecordsFile {
  const tables = Object.fromEntries(tableNames.map((t) => [t, dateColumn[t] ? byDate(records.tables[t], dateColumn[t]!) : records.tables[t]])) as RecordsFile['tables'];
  return { ...records, tables };
}

/** Entity names and the detail table of each event, from the records. */
export function columnContext(records: RecordsFile): ColumnContext {
  const names = new Map(records.tables.entities.map((e) => [String(e.entity_id), String(e.name)]));
  const detail = new Map<string, TableName>();
  for (const t of ['visits', 'agreements', 'finance', 'indicators'] as const) for (const r of records.tables[t]) if (!detail.has(String(r.event_id))) detail.set(String(r.event_id), t);
  return { name: (id) => names.get(id) ?? null, detailTable: (id) => detail.get(id) ?? null };
}
