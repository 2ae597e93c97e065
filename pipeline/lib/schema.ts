import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The folder holding the JSON Schemas: the single source of truth for tables, columns, types and validation. */
export const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Published tables, in the order they appear in the data package and the workbook. */
export const tableNames = ['events', 'visits', 'agreements', 'finance', 'indicators', 'entities', 'sources', 'mentions', 'conflicts'] as const;
export type TableName = (typeof tableNames)[number];

export interface FieldSchema {
  type: string | string[];
  description: string;
  enum?: (string | null)[];
  pattern?: string;
  minimum?: number;
  'x-unit'?: string;
}

export interface TableSchema {
  $id: string;
  title: string;
  description: string;
  required: string[];
  properties: Record<string, FieldSchema>;
  'x-table': {
    file: string;
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** Reads one schema from schemas/<name>.schema.json. */
export function loadSchema<T = TableSchema>(name: string): T {
  return JSON.parse(readFileSync(join(schemasDir, `${name}.schema.json`), 'utf8')) as T;
}

/** The columns of a table, in schema order: the CSV header and the workbook's header. */
export function columnsOf(schema: TableSchema): string[] {
  return Object.keys(schema.properties);
}

/** The non-null JSON type of a field ('string', 'integer', 'number' or 'boolean'). */
export function baseTypeOf(field: FieldSchema): string {
  const types = Array.isArray(field.type) ? field.type : [field.type];
  return types.find((t) => t !== 'null') ?? 'string';
}

/** Whether a field may be empty (null). */
export function isNullable(field: FieldSchema): boolean {
  return Array.isArray(field.type) && field.type.includes('null');
}

let ajv: Ajv | undefined;
/** One Ajv instance that knows our x- annotation keywords. */
function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addKeyword('x-table');
    ajv.addKeyword('x-unit');
  }
  return ajv;
}

const validators = new Map<string, ValidateFunction>();
/** A compiled validator for schemas/<name>.schema.json. */
export function validatorFor(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    v = getAjv().compile(loadSchema<object>(name));
    validators.set(name, v);
  }
  return v;
}

/** Human-readable list of schema violations: "field: problem; field: problem". */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath.replace(/^\//, '') || '(record)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`)
    .join('; ');
}
