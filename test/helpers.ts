import { readFileSync } from 'node:fs';
import type { RecordsFile } from '../pipeline/lib/records.ts';

/** records.json of the fresh build `make test` made (TEST_RECORDS), or the default build's. */
export function recordsPath(): string {
  return process.env.TEST_RECORDS ?? 'build/test-build/records.json';
}

/** The output folder of the fresh build `make test` made (TEST_OUTPUT). */
export function outputDir(): string {
  return process.env.TEST_OUTPUT ?? 'build/test-output';
}

/** Reads the validated records the publishing stages work from. */
export function loadRecords(path = recordsPath()): RecordsFile {
  return JSON.parse(readFileSync(path, 'utf8')) as RecordsFile;
}
