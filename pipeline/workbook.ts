/**
 * Stage 5, workbook: build/…/records.json → <out>/<dataset.name>.xlsx, one Excel workbook for analysts.
 * Sheets: About (what, sources, how made, how to cite, licence, row counts), Codebook (generated from schemas/),
 * then one Excel table per published table, in schema column order. Byte-identical for the same input.
 * Usage: workbook.ts <records.json> <out.xlsx>
 */
import ExcelJS from 'exceljs';
import { readRecordsFile } from './lib/records-file.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { tableNames } from './lib/schema.ts';
import type { RecordsFile } from './lib/records.ts';
import { addAboutSheet } from './workbook/about.ts';
import { addCodebookSheet } from './workbook/codebook.ts';
import { addTableSheet, planTable, rowLocator, type TablePlan } from './workbook/table-sheet.ts';
import { dateOf, writeWorkbook } from './workbook/bytes.ts';
import { columnContext, sortedByDate } from './workbook/order.ts';

/** Excel's limit on the characters of one cell. */
const CELL_LIMIT = 32767;

/** The records, checked for what the workbook relies on beyond the per-row validation. */
function checkedRecords(records: RecordsFile, file: string): RecordsFile {
  for (const t of tableNames) {
    if (!Array.isArray(records.tables?.[t])) throw new PipelineError(messages.recordsTableMissing(file, t));
    records.tables[t].forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'string' && value.length > CELL_LIMIT) throw new PipelineError(messages.cellTooLong(t, i + 1, column, value.length));
      }
    });
  }
  if (!dateOf(String(records.data_as_of))) throw new PipelineError(messages.badDataAsOf(file, records.data_as_of));
  return records;
}

/** The workbook's frame (About, Codebook, each table sheet's header and table) and the plan of each table sheet's rows. */
export function buildWorkbook(input: RecordsFile): { workbook: ExcelJS.Workbook; plans: TablePlan[] } {
  const records = sortedByDate(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = records.dataset.publisher;
  workbook.lastModifiedBy = records.dataset.publisher;
  workbook.title = records.dataset.title;
  workbook.description = records.dataset.description;
  addAboutSheet(workbook, records);
  addCodebookSheet(workbook);
  const locate = rowLocator(records);
  const ctx = columnContext(records);
  const plans = tableNames.map((table) => planTable(table, records, locate, ctx));
  for (const plan of plans) addTableSheet(workbook, plan);
  return { workbook, plans };
}

/** Writes the .xlsx file, dated by data_as_of, a row at a time. */
export async function writeWorkbookFile(records: RecordsFile, out: string): Promise<void> {
  const { workbook, plans } = buildWorkbook(records);
  await writeWorkbook(workbook, plans, dateOf(records.data_as_of)!, out);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('workbook', async () => {
    const [input, out] = process.argv.slice(2);
    if (!input || !out) throw new PipelineError(messages.workbookUsage());
    const records = checkedRecords(readRecordsFile(input, 'records'), input);
    await writeWorkbookFile(records, out);
  });
}
