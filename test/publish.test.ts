/** The published CSV files and data package: headers from the schemas, rows equal the records, quotes check out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableNames, loadSchema, columnsOf } from '../pipeline/lib/schema.ts';
import { tableToCsv } from '../pipeline/publish.ts';
import { sliceCodePoints } from '../pipeline/lib/text.ts';
import { guardFormula } from '../pipeline/lib/cells.ts';
import { loadRecords, outputDir } from './helpers.ts';

const records = loadRecords();
const csvRows = (table: string): Record<string, string>[] => parse(readFileSync(join(outputDir(), 'csv', `${table}.csv`)), { columns: true, bom: true });

test('each CSV has its schema’s header and one row per record', () => {
  for (const name of tableNames) {
    const text = readFileSync(join(outputDir(), 'csv', `${name}.csv`), 'utf8');
    assert.equal(text.split('\r\n')[0], columnsOf(loadSchema(name)).join(','), name);
    assert.equal(csvRows(name).length, records.tables[name].length, name);
  }
});

test('every quote in events.csv and mentions.csv is the source text at its code-point offsets', () => {
  const sources = new Map(csvRows('sources').map((s) => [s.source_id, readFileSync(s.path, 'utf8')]));
  for (const table of ['events', 'mentions']) {
    for (const row of csvRows(table)) {
      // A quote a spreadsheet could run ("- As a result of this trip …", a bulleted line) is written guarded, as every
      // such cell is: the guard and the source text, nothing else.
      const source = sliceCodePoints(sources.get(row.source_id)!, Number(row.char_start), Number(row.char_end));
      assert.equal(guardFormula(source), row.quote, `${table} ${row.event_id}`);
    }
  }
});

test('text that a spreadsheet could run is prefixed, numbers are not, and line breaks survive', () => {
  const schema = loadSchema('indicators');
  const csv = tableToCsv([{ event_id: '=HYPERLINK("http://x")', indicator: '@SUM(A1)', value: -5, unit: '+1', period: '\tx', subject_country: '-2', partner_country: 'a\nb' }], schema);
  const [row] = parse(csv, { columns: true }) as Record<string, string>[];
  assert.equal(row.event_id, `'=HYPERLINK("http://x")`);
  assert.equal(row.indicator, `'@SUM(A1)`);
  assert.equal(row.unit, `'+1`);
  assert.equal(row.period, `'\tx`);
  assert.equal(row.subject_country, `'-2`);
  assert.equal(row.value, '-5');
  assert.equal(row.partner_country, 'a\nb');
});

test('the data package describes every CSV with its fields and keys', () => {
  const pkg = JSON.parse(readFileSync(join(outputDir(), 'datapackage.json'), 'utf8'));
  assert.deepEqual(pkg.resources.map((r: { name: string }) => r.name), [...tableNames]);
  for (const r of pkg.resources) {
    assert.deepEqual(r.schema.fields.map((f: { name: string }) => f.name), columnsOf(loadSchema(r.name)));
    for (const fk of r.schema.foreignKeys) assert.ok(tableNames.includes(fk.reference.resource));
  }
});

test('foreign keys hold: every key a schema declares (event, source, visitor, lender…) resolves to a row of its table', () => {
  let checked = 0;
  for (const t of tableNames) {
    for (const fk of loadSchema(t)['x-table'].foreignKeys) {
      const [field] = fk.fields;
      const targets = new Set((records.tables[fk.reference.resource as typeof t] as Record<string, unknown>[]).map((r) => r[fk.reference.fields[0]]));
      for (const r of records.tables[t] as Record<string, unknown>[]) {
        if (r[field] == null) continue;
        assert.ok(targets.has(r[field]), `${t}.${field} ${r[field]} is no ${fk.reference.resource} row`);
        checked++;
      }
    }
  }
  assert.ok(records.tables.visits.some((v) => v.visitor_id !== null), 'the dataset has visitors with ids, so the visitor key was checked');
  assert.ok(checked > records.tables.events.length);
  assert.equal(new Set(records.tables.events.map((e) => e.event_id)).size, records.tables.events.length);
});
