import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync, existsSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { PipelineError } from './errors.ts';
import { messages } from './messages.ts';

/** The temporary file a writer fills before renaming it to `path`: hidden, beside it, named by the process. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Whether a file name is such a temporary file (one a killed writer can leave behind): never published. */
export function isTempName(name: string): boolean {
  return /^\..+\.\d+\.tmp$/.test(name);
}

/** Writes a file (its bytes, or pieces of its text one after another) via a temporary file in the same folder and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(tmp, data);
    else writePieces(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) rmSync(tmp);
    throw error;
  }
}

/** Writes pieces of text into a new file, gathered into blocks of about 1 MB. */
function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** Links `dest` to `existing`; false across file systems or where there are no hard links (or no more for that file). */
export function hardLinked(existing: string, dest: string): boolean {
  try {
    linkSync(existing, dest);
    return true;
  } catch (error) {
    if (['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw error;
  }
}

/** Writes several files only after all of their contents were produced: a failure before this leaves every old file in place. */
export function writeFilesAtomic(files: ReadonlyArray<readonly [string, string | Uint8Array]>): void {
  for (const [path, data] of files) writeFileAtomic(path, data);
}

/** Writes JSON with sorted-stable formatting (2-space indent, trailing newline). */
export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, jsonPieces(value));
}

/**
 * JSON.stringify(value, null, 2) + '\n', in pieces: an object's top-level arrays an element at a time, so a large
 * value (an extracted article's tens of thousands of candidates) is never one string. JSON holds no raw line break
 * inside a value, so indenting a nested value is adding spaces after each line break.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const indent = (json: string, spaces: string) => json.replace(/\n/g, `\n${spaces}`);
  const entries = value !== null && typeof value === 'object' && !Array.isArray(value) && !('toJSON' in value)
    ? Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
    : null;
  if (!entries?.length) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    const head = `${i ? ',' : '{'}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v) || !v.length) {
      yield head + indent(JSON.stringify(v, null, 2), '  ');
      continue;
    }
    yield `${head}[`;
    for (let j = 0; j < v.length; j++) yield `${j ? ',' : ''}\n    ${indent(JSON.stringify(v[j], null, 2) ?? 'null', '    ')}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** Reads and parses a JSON file, or throws a PipelineError naming the file and the problem. */
export function readJsonFile<T = unknown>(path: string, what = 'JSON file'): T {
  if (!existsSync(path)) throw new PipelineError(messages.fileMissing(path, what));
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new PipelineError(messages.malformedJson(path, (error as Error).message));
  }
}
