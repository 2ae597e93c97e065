/**
 * Stage 4, publish: build/…/records.json → <out>/csv/<table>.csv and <out>/datapackage.json.
 * CSV is RFC 4180 (CRLF, quoted where needed), UTF-8, one header row taken from the table's schema.
 * Text that a spreadsheet could run as a formula (starting with = + - @ tab or CR) is prefixed with ' (OWASP).
 * Usage: publish.ts <records.json> <out-dir>
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readRecordsFile } from './lib/records-file.ts';
import { runStage } from './lib/errors.ts';
import { tempPathFor } from './lib/io.ts';
import { tableNames, loadSchema, columnsOf, baseTypeOf, isNullable, type TableSchema } from './lib/schema.ts';
import type { RecordsFile, Row } from './lib/records.ts';
import { coverageOf, coverageSentence, notCoveredSentence, releaseOf } from './lib/release.ts';
import { csvReadingNotes } from './lib/reading.ts';

/** Rows stringified together: enough to amortise the stringifier's set-up, few enough to keep memory flat. */
const CSV_CHUNK = 5000;

/** One table as CSV text, header from the schema, formulas neutralised. */
export function tableToCsv(rows: Row[], schema: TableSchema): string {
  return [...csvChunks(rows, schema)].join('');
}

/** The CSV text of a table in pieces of CSV_CHUNK rows (the header with the first), which joined are tableToCsv's text. */
export function* csvChunks(rows: Row[], schema: TableSchema): Generator<string> {
  for (let i = 0; i === 0 || i < rows.length; i += CSV_CHUNK) {
    yield stringify(rows.slice(i, i + CSV_CHUNK), {
      header: i === 0,
      columns: columnsOf(schema),
      record_delimiter: 'windows',
      quoted_match: /[\r\n]/,
      escape_formulas: true,
      cast: { boolean: (v: boolean) => (v ? 'true' : 'false'), number: (v: number) => String(v) },
    });
  }
}

/** A Frictionless Table Schema field, derived from a JSON Schema property. */
function frictionlessField(name: string, schema: TableSchema) {
  const p = schema.properties[name];
  const constraints: Record<string, unknown> = {};
  if (schema.required.includes(name) && !isNullable(p)) constraints.required = true;
  const allowed = p.enum?.filter((v) => v !== null);
  if (allowed?.length) constraints.enum = allowed;
  if (p.pattern) constraints.pattern = p.pattern;
  if (p.minimum !== undefined) constraints.minimum = p.minimum;
  return { name, type: baseTypeOf(p), description: p.description, ...(p['x-unit'] ? { unit: p['x-unit'] } : {}), ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** datapackage.json: every CSV with its Table Schema, keys, licence and sources. */
export function dataPackage(records: RecordsFile): object {
  const { dataset } = records;
  const coverage = coverageOf(records);
  return {
    profile: 'tabular-data-package',
    name: dataset.name,
    title: dataset.title,
    description: `${dataset.description} Coverage: ${coverageSentence(coverage)} ${notCoveredSentence(coverage)} ${csvReadingNotes.summary}`,
    version: releaseOf(records),
    'x-data-as-of': records.data_as_of,
    'x-coverage': {
      fact_years: coverage.factYears,
      published_years: coverage.publishedYears,
      articles: coverage.articles,
      outlets: coverage.outlets,
      facts: coverage.facts,
      dated_facts: coverage.datedFacts,
      languages: coverage.languages,
      not_covered: coverage.notCovered,
    },
    'x-reading-csv': csvReadingNotes.lines,
    licenses: [dataset.licence],
    sources: records.tables.sources.map((s) => ({ title: `${s.title}${s.publisher ? ` (${s.publisher}, ${s.published})` : ''}`, ...(s.url ? { path: s.url } : {}) })),
    resources: tableNames.map((name) => {
      const schema = loadSchema(name);
      return {
        name,
        path: `csv/${name}.csv`,
        profile: 'tabular-data-resource',
        title: schema.title,
        description: schema.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: columnsOf(schema).map((c) => frictionlessField(c, schema)),
          missingValues: [''],
          primaryKey: schema['x-table'].primaryKey,
          foreignKeys: schema['x-table'].foreignKeys,
        },
      };
    }),
  };
}

/**
 * Writes each table's CSV a piece at a time into a temporary file beside it, then the data package, and only when
 * all were written renames them into place: a failure leaves every previous file as it was.
 */
function writeTables(records: RecordsFile, out: string): void {
  const files: [string, (fd: number) => void][] = tableNames.map((name) => [join(out, 'csv', `${name}.csv`), (fd) => {
    for (const chunk of csvChunks(records.tables[name], loadSchema(name))) writeSync(fd, chunk);
  }]);
  files.push([join(out, 'datapackage.json'), (fd) => writeSync(fd, JSON.stringify(dataPackage(records), null, 2) + '\n')]);
  const written: [string, string][] = [];
  try {
    for (const [path, write] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = tempPathFor(path);
      written.push([tmp, path]);
      const fd = openSync(tmp, 'w');
      try {
        write(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const [tmp, path] of written) renameSync(tmp, path);
  } finally {
    for (const [tmp] of written) rmSync(tmp, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('publish', () => {
    const [input, out] = process.argv.slice(2);
    writeTables(readRecordsFile(input, 'records'), out);
  });
}
