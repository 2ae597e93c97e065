/**
 * Stage 4, publish: build/…/records.json → <out>/csv/<table>.csv and <out>/datapackage.json.
 * CSV is RFC 4180 (CRLF, quoted where needed), UTF-8, one header row taken from the table's schema.
 * Text that a spreadsheet could run as a formula (starting with = + - @ tab or CR) is prefixed with ' (OWASP).
 * Usage: publish.ts <records.json> <out-dir>
 */
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readJsonFile, writeFilesAtomic } from './lib/io.ts';
import { runStage } from './lib/errors.ts';
import { tableNames, loadSchema, columnsOf, baseTypeOf, isNullable, type TableSchema } from './lib/schema.ts';
import type { RecordsFile, Row } from './lib/records.ts';
import { coverageOf, coverageSentence, notCoveredSentence, releaseOf } from './lib/release.ts';
import { csvReadingNotes } from './lib/reading.ts';

/** One table as CSV text, header from the schema, formulas neutralised. */
export function tableToCsv(rows: Row[], schema: TableSchema): string {
  return stringify(rows, {
    header: true,
    columns: columnsOf(schema),
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    escape_formulas: true,
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false'), number: (v: number) => String(v) },
  });
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

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('publish', () => {
    const [input, out] = process.argv.slice(2);
    const records = readJsonFile<RecordsFile>(input, 'records');
    const files: [string, string][] = tableNames.map((name) => [join(out, 'csv', `${name}.csv`), tableToCsv(records.tables[name], loadSchema(name))]);
    files.push([join(out, 'datapackage.json'), JSON.stringify(dataPackage(records), null, 2) + '\n']);
    writeFilesAtomic(files);
  });
}
