/**
 * The table sheets written a row at a time (pipeline/workbook/sheet-xml.ts) against what exceljs itself writes for
 * the same planned cells (every cell set on exceljs's sheets, then its archive with the in-document links fixed, as
 * the stage did before it streamed): read back with exceljs, every cell's value, type and style, every row height,
 * column width and link are the same. Run on the build's records and on records with hostile text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { RecordsFile } from '../pipeline/lib/records.ts';
import { buildWorkbook, writeWorkbookFile } from '../pipeline/workbook.ts';
import { internalLinksFixed } from '../pipeline/workbook/bytes.ts';
import { plannedHeight, STYLE_KEYS, type TablePlan } from '../pipeline/workbook/table-sheet.ts';
import { FONT } from '../pipeline/workbook/layout.ts';
import { loadRecords, scaledRecords } from './helpers.ts';

interface Zip {
  files: Record<string, unknown>;
  file(path: string): { async(type: 'string'): Promise<string> } | null;
  file(path: string, data: string): Zip;
  generateAsync(options: { type: 'uint8array' }): Promise<Uint8Array>;
}
const JSZip = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip') as { loadAsync(data: Uint8Array): Promise<Zip> };

const dir = mkdtempSync(join(tmpdir(), 'workbook-stream-'));

/** The style exceljs gives a planned cell. */
function styleOf(key: string): Partial<ExcelJS.Style> {
  const [wrap, numFmt, link] = key.split('|');
  return { alignment: { vertical: 'top', wrapText: wrap === 'true' }, ...(numFmt ? { numFmt } : {}), ...(link ? { font: FONT.link } : {}) };
}

/** Every planned cell set on the frame's sheets the exceljs way, written by exceljs, in-document links fixed. */
async function exceljsBytes(records: RecordsFile): Promise<Uint8Array> {
  const { workbook, plans } = buildWorkbook(records);
  for (const plan of plans.filter((p) => p.rows.length > 0)) fillWithExceljs(workbook.getWorksheet(plan.table)!, plan);
  const zip = await JSZip.loadAsync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  for (const rels of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(p))) {
    const sheet = rels.replace('_rels/', '').replace(/\.rels$/, '');
    const [x, r] = internalLinksFixed(await zip.file(sheet)!.async('string'), await zip.file(rels)!.async('string'));
    zip.file(sheet, x).file(rels, r);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

function fillWithExceljs(sheet: ExcelJS.Worksheet, plan: TablePlan): void {
  for (let k = plan.columns.length; k < STYLE_KEYS.length; k++) sheet.getCell(2, k + 1).style = {};
  plan.rows.forEach((row, i) => {
    plan.columns.forEach((_, j) => {
      const planned = plan.cell(row, j);
      const cell = sheet.getCell(i + 2, j + 1);
      cell.style = styleOf(planned.style);
      if (planned.type === 'string') {
        const link = planned.link;
        cell.value = link ? { text: planned.text, hyperlink: link.url ?? `#${link.location}`, tooltip: link.tooltip } : planned.text;
      } else cell.value = planned.type === 'empty' ? null : planned.value;
    });
    const height = plannedHeight(plan, row);
    if (height) sheet.getRow(i + 2).height = height;
  });
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** Each sheet's links: cell → in-document location, or the URL its relationship points to. */
async function links(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    const rels = (await zip.file(path.replace('worksheets/', 'worksheets/_rels/') + '.rels')?.async('string')) ?? '';
    for (const [tag] of xml.matchAll(/<hyperlink [^>]*\/>/g)) {
      const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
      const id = attr('r:id');
      const target = attr('location') ?? new RegExp(`Id="${id}" [^>]*Target="([^"]*)"`).exec(rels)?.[1];
      found.set(`${path}!${attr('ref')}`, `${target} (${attr('tooltip')})`);
    }
  }
  return found;
}

/** Compares two workbooks read back: sheets, columns, rows, cells. Returns the differences (at most 20). */
function differences(a: ExcelJS.Workbook, b: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  const say = (m: string) => out.length < 20 && out.push(m);
  if (a.worksheets.map((s) => s.name).join() !== b.worksheets.map((s) => s.name).join()) say('sheet names');
  for (const sa of a.worksheets) {
    const sb = b.getWorksheet(sa.name)!;
    if (sa.rowCount !== sb.rowCount || sa.columnCount !== sb.columnCount) say(`${sa.name}: ${sa.rowCount}×${sa.columnCount} against ${sb.rowCount}×${sb.columnCount}`);
    if (JSON.stringify([sa.views, sa.pageSetup, sa.autoFilter]) !== JSON.stringify([sb.views, sb.pageSetup, sb.autoFilter])) say(`${sa.name}: views, page set-up or filter`);
    for (let c = 1; c <= sa.columnCount; c++) if (sa.getColumn(c).width !== sb.getColumn(c).width) say(`${sa.name} column ${c} width`);
    for (let r = 1; r <= sa.rowCount; r++) {
      if (sa.getRow(r).height !== sb.getRow(r).height) say(`${sa.name} row ${r} height ${sa.getRow(r).height} against ${sb.getRow(r).height}`);
      for (let c = 1; c <= sa.columnCount; c++) {
        const [x, y] = [sa.getCell(r, c), sb.getCell(r, c)];
        if (x.type !== y.type || JSON.stringify(x.value) !== JSON.stringify(y.value)) say(`${sa.name}!${x.address}: ${JSON.stringify(x.value)} against ${JSON.stringify(y.value)}`);
        if (JSON.stringify(x.style) !== JSON.stringify(y.style)) say(`${sa.name}!${x.address} style: ${JSON.stringify(x.style)} against ${JSON.stringify(y.style)}`);
      }
    }
  }
  return out;
}

async function streamedBytes(records: RecordsFile, name: string): Promise<Uint8Array> {
  const path = join(dir, name);
  await writeWorkbookFile(records, path);
  return new Uint8Array(readFileSync(path));
}

/** Records whose text holds what XML, shared strings and spreadsheets treat specially. */
function hostileRecords(): RecordsFile {
  const records = structuredClone(loadRecords());
  const texts = ['=1+1\r\nsecond line', '\rstarts with CR', ' leading and trailing ', 'a _x000D_ literal', 'tags <b>&amp;</b> "quoted" \'single\'', 'astral 𝄞 and 中文', '\u0001 control'];
  records.tables.events.slice(0, texts.length).forEach((e, i) => (e.summary = texts[i]));
  records.tables.sources[0].url = 'https://example.org/a?b=1&c=<2>';
  return records;
}

for (const [name, records] of [
  ['the build’s records', () => loadRecords()],
  ['records with hostile text', hostileRecords],
  ['the build’s records three times over', () => scaledRecords(loadRecords(), 3)],
] as const) {
  test(`streamed table sheets read back as exceljs writes the same cells: ${name}`, async () => {
    const data = records();
    const [streamed, reference] = [await streamedBytes(data, 'streamed.xlsx'), await exceljsBytes(data)];
    assert.deepEqual(differences(await read(streamed), await read(reference)), []);
    const [ours, theirs] = [await links(streamed), await links(reference)];
    assert.ok(ours.size > 0, 'the sheets have links');
    assert.deepEqual([...ours].sort(), [...theirs].sort());
  });
}

test('each table with rows is one Excel table covering every row', async () => {
  const data = loadRecords();
  const book = await read(await streamedBytes(data, 'tables.xlsx'));
  for (const [table, rows] of Object.entries(data.tables)) {
    if (!rows.length) continue;
    const [t] = book.getWorksheet(table)!.getTables() as unknown as { table: { tableRef?: string; ref?: string } }[];
    assert.match(String(t.table.tableRef ?? t.table.ref), new RegExp(`^A1:[A-Z]+${rows.length + 1}$`), table);
  }
});
