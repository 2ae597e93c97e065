/** schemas/ is the single source of truth: generated types are fresh, and every table schema is complete. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { generatedTypes, typesPath } from '../pipeline/tools/generate-types.ts';
import { tableNames, loadSchema, columnsOf } from '../pipeline/lib/schema.ts';

test('pipeline/lib/types.generated.ts is what the schemas generate (run pipeline/tools/generate-types.ts if not)', async () => {
  assert.equal(readFileSync(typesPath, 'utf8'), await generatedTypes());
});

test('every published table has a schema whose columns are all required and described', () => {
  const files = readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', ''));
  for (const name of tableNames) {
    assert.ok(files.includes(name), name);
    const schema = loadSchema(name);
    assert.deepEqual([...schema.required].sort(), [...columnsOf(schema)].sort(), `${name}: required must list every column`);
    for (const [col, field] of Object.entries(schema.properties)) assert.ok(field.description?.length > 10, `${name}.${col} needs a description`);
    assert.equal(schema['x-table'].file, `${name}.csv`);
  }
});
