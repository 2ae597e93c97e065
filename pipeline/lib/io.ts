import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync, rmSync } from 'node:fs';
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

/** Writes a file via a temporary file in the same folder and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    if (existsSync(tmp)) rmSync(tmp);
    throw error;
  }
}

/** Writes several files only after all of their contents were produced: a failure before this leaves every old file in place. */
export function writeFilesAtomic(files: ReadonlyArray<readonly [string, string | Uint8Array]>): void {
  for (const [path, data] of files) writeFileAtomic(path, data);
}

/** Writes JSON with sorted-stable formatting (2-space indent, trailing newline). */
export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
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
