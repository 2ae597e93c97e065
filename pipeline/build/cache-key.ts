/**
 * What an extracted article depends on besides its own two files: the code of ingest and extract (and the shared
 * library), the reference data, the schemas and the locked package versions. Its hash is part of every cache key,
 * so a rule change re-extracts every article and an untouched article is never re-extracted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** Files under `dir` (recursively) whose names end with one of `exts`, sorted. */
function filesUnder(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => join(dir, f))
    .sort();
}

/** Every file the extraction of an article depends on, besides the article. */
export function extractionInputs(referenceDir: string): [label: string, path: string][] {
  const code = ['pipeline/ingest.ts', 'pipeline/ingest', 'pipeline/extract.ts', 'pipeline/extract', 'pipeline/lib', 'pipeline/build', 'schemas', 'package-lock.json']
    .flatMap((p) => filesUnder(join(root, p), ['.ts', '.json']));
  return [
    ...code.map((f): [string, string] => [relative(root, f), f]),
    ...filesUnder(referenceDir, ['.json']).map((f): [string, string] => [`reference/${relative(referenceDir, f)}`, f]),
  ];
}

/** One hash of the contents (and names, relative to their folder, so a copy of the same rules is the same rules) of every file extraction depends on. */
export function extractionCodeHash(referenceDir: string): string {
  const h = createHash('sha256');
  for (const [label, f] of extractionInputs(referenceDir)) h.update(label).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** The cache key of one article: its id, both files' bytes and the code hash. */
export function articleKey(id: string, txt: Uint8Array, json: Uint8Array, codeHash: string): string {
  return createHash('sha256').update(id).update('\0').update(txt).update('\0').update(json).update('\0').update(codeHash).digest('hex').slice(0, 20);
}
