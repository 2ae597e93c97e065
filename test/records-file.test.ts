/**
 * records.json a row at a time (pipeline/lib/records-file.ts), the CSV files in pieces, and extremes of many values:
 * what lets the stages after normalise run on a corpus's records without holding them twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readRecordsFile, writeRecordsAtomic } from '../pipeline/lib/records-file.ts';
import { extent } from '../pipeline/lib/extent.ts';
import { releaseOf } from '../pipeline/lib/release.ts';
import { csvChunks, tableToCsv } from '../pipeline/publish.ts';
import { columnsOf, loadSchema } from '../pipeline/lib/schema.ts';
import { messages } from '../pipeline/lib/messages.ts';
import { PipelineError } from '../pipeline/lib/errors.ts';
import { loadRecords, scaledRecords } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'records-file-'));

test('records written a row per line read back the same, a row at a time and as plain JSON', () => {
  const records = loadRecords();
  records.tables.events[0].summary = 'a line\nbreak, a "quote", \u2028 and 𝄞';
  const path = join(dir, 'records.json');
  writeRecordsAtomic(path, records);
  const text = readFileSync(path, 'utf8');
  assert.deepEqual(JSON.parse(text), records, 'any JSON reader reads it');
  assert.equal(text.split('\n').length, Object.values(records.tables).reduce((n, rows) => n + rows.length + 2, 0) + 2, 'one line per row, each table’s first and last, the first line and the final line break');
  assert.deepEqual(readRecordsFile(path), records);
});

test('a records file in another layout is read as one JSON document; a broken one fails naming the file', () => {
  const records = loadRecords();
  const compact = join(dir, 'compact.json');
  writeFileSync(compact, JSON.stringify(records));
  assert.deepEqual(readRecordsFile(compact), records);
  const broken = join(dir, 'broken.json');
  writeRecordsAtomic(broken, records);
  writeFileSync(broken, readFileSync(broken, 'utf8').replace(/\n\{"mention_id"/, '\n{"mention_id":'));
  assert.throws(() => readRecordsFile(broken), (e: Error) => e instanceof PipelineError && e.message.startsWith(messages.malformedJson(broken, '').split('(')[0]));
});

test('a CSV written in pieces is the CSV written at once', () => {
  const events = scaledRecords(loadRecords(), 40).tables.events;
  assert.ok(events.length > 5000 * 2, 'more rows than two pieces');
  const schema = loadSchema('events');
  const once = stringify(events, { header: true, columns: columnsOf(schema), record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true, cast: { boolean: (v: boolean) => (v ? 'true' : 'false'), number: (v: number) => String(v) } });
  assert.ok([...csvChunks(events, schema)].length > 2);
  assert.equal(tableToCsv(events, schema), once);
  assert.equal(tableToCsv([], schema), `${columnsOf(schema).join(',')}\r\n`, 'an empty table is its header');
});

test('the extremes of more values than a call can take as arguments', () => {
  const values = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_007);
  assert.throws(() => Math.max(...values), RangeError, 'spreading them overflows the stack');
  assert.deepEqual(extent(values), [values.reduce((a, b) => Math.min(a, b)), values.reduce((a, b) => Math.max(a, b))]);
});

test('the release hash, fed a row at a time, is the hash of the tables as one JSON text', () => {
  const records = loadRecords();
  const whole = createHash('sha256').update(JSON.stringify(records.tables)).digest('hex').slice(0, 8);
  assert.equal(releaseOf(records), `${records.data_as_of}+${whole}`);
});
