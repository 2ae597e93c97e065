/**
 * Generates pipeline/lib/types.generated.ts from schemas/*.schema.json (json-schema-to-typescript).
 * Run after changing a schema: node --import tsx pipeline/tools/generate-types.ts
 * test/schemas.test.ts fails when the committed file is stale.
 */
import { compile } from 'json-schema-to-typescript';
import { writeFileAtomic } from '../lib/io.ts';
import { loadSchema, tableNames } from '../lib/schema.ts';

export const typesPath = new URL('../lib/types.generated.ts', import.meta.url).pathname;

/** The TypeScript source of the row types of every table and of the article metadata. */
export async function generatedTypes(): Promise<string> {
  const parts: string[] = ['/* Generated from schemas/*.schema.json by pipeline/tools/generate-types.ts: do not edit. */\n'];
  for (const name of [...tableNames, 'article-metadata']) {
    const schema = loadSchema<Record<string, unknown>>(name);
    const typeName = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + (name === 'article-metadata' ? '' : 'Row');
    const ts = await compile({ ...schema, title: typeName }, typeName, { bannerComment: '', additionalProperties: false, strictIndexSignatures: false, format: false });
    parts.push(ts.trim() + '\n');
  }
  return parts.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileAtomic(typesPath, await generatedTypes());
