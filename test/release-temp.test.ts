/** The release step never publishes a temporary file that a writer killed mid-file left in the staging folder. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseSet } from '../pipeline/build/release.ts';
import { isTempName, tempPathFor } from '../pipeline/lib/io.ts';

test('temporary files of the atomic writers are recognised by name, and only they', () => {
  assert.equal(isTempName('.events.csv.31618.tmp'), true);
  assert.equal(isTempName(tempPathFor('/x/csv/events.csv').split('/').pop()!), true);
  assert.equal(isTempName('events.csv'), false);
  assert.equal(isTempName('.hidden'), false);
  assert.equal(isTempName('notes.tmp'), false);
});

test('a stale temporary file in the staging folder is not published; the files beside it are', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'release-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const staging = join(root, 'stage');
  mkdirSync(join(staging, 'csv'), { recursive: true });
  writeFileSync(join(staging, 'csv', 'events.csv'), 'event_id\n');
  writeFileSync(join(staging, 'csv', '.events.csv.31618.tmp'), 'half a fi');
  writeFileSync(join(staging, 'datapackage.json'), '{}\n');
  releaseSet(staging, join(root, 'out'), ['csv', 'datapackage.json']);
  assert.deepEqual(readdirSync(join(root, 'out', 'csv')), ['events.csv']);
  assert.deepEqual(readdirSync(join(root, 'out')).sort(), ['csv', 'datapackage.json']);
});
