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

/**
 * A synthetic large records file: every event (with its detail rows and mentions) repeated `times` times under new
 * ids, so that outputs can be checked at several times the corpus's size.
 */
export function scaledRecords(base: RecordsFile, times: number): RecordsFile {
  const copy = structuredClone(base);
  const details = ['visits', 'agreements', 'finance', 'indicators', 'mentions'] as const;
  for (let k = 1; k < times; k++) {
    for (const e of base.tables.events) copy.tables.events.push({ ...e, event_id: `${e.event_id}-${k}` });
    for (const t of details) for (const r of base.tables[t] ?? []) copy.tables[t].push({ ...r, event_id: `${r.event_id}-${k}`, ...('mention_id' in r ? { mention_id: `${r.mention_id}-${k}` } : {}) });
  }
  return copy;
}
