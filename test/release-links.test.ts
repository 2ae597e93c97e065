/**
 * The release step links the files that did not change since the set in OUT instead of copying them, and never
 * shares a file with the staging folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseSet } from '../pipeline/build/release.ts';

function stagedSet(root: string, events: string): string {
  const staging = join(root, 'stage');
  mkdirSync(join(staging, 'csv'), { recursive: true });
  mkdirSync(join(staging, 'site', 'source'), { recursive: true });
  writeFileSync(join(staging, 'csv', 'events.csv'), events);
  writeFileSync(join(staging, 'site', 'source', 'a.html'), '<p>a</p>\n');
  writeFileSync(join(staging, 'site', 'source', 'b.html'), '<p>b</p>\n');
  writeFileSync(join(staging, 'datapackage.json'), '{}\n');
  return staging;
}

const entries = ['csv', 'datapackage.json', 'site'];

test('an unchanged file is the previous set\'s file linked, a changed one a copy, and none is the staging folder\'s', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'release-links-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const out = join(root, 'out');
  const staging = stagedSet(root, 'event_id\n1\n');
  releaseSet(staging, out, entries);
  const before = statSync(join(out, 'site', 'source', 'a.html')).ino;
  const eventsBefore = statSync(join(out, 'csv', 'events.csv')).ino;

  writeFileSync(join(staging, 'csv', 'events.csv'), 'event_id\n1\n2\n');
  releaseSet(staging, out, entries);
  assert.equal(statSync(join(out, 'site', 'source', 'a.html')).ino, before, 'an unchanged file was copied, not linked');
  assert.equal(statSync(join(out, 'site', 'source', 'a.html')).nlink, 1, 'the old set still holds a name of the file');
  assert.notEqual(statSync(join(out, 'csv', 'events.csv')).ino, eventsBefore);
  assert.equal(readFileSync(join(out, 'csv', 'events.csv'), 'utf8'), 'event_id\n1\n2\n');
  for (const f of ['csv/events.csv', 'site/source/a.html', 'datapackage.json']) {
    assert.notEqual(statSync(join(out, f)).ino, statSync(join(staging, f)).ino, `${f} is the staging folder's file`);
  }
  assert.deepEqual(readdirSync(root).sort(), ['out', 'stage'], 'the old set and the new folder were removed');
});

test('a published file edited in place is not what the next run publishes', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'release-links-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const out = join(root, 'out');
  const staging = stagedSet(root, 'event_id\n1\n');
  releaseSet(staging, out, entries);
  writeFileSync(join(out, 'site', 'source', 'b.html'), '<p>edited</p>\n'); // in place: same file, new bytes
  assert.equal(readFileSync(join(staging, 'site', 'source', 'b.html'), 'utf8'), '<p>b</p>\n');
  releaseSet(staging, out, entries);
  assert.equal(readFileSync(join(out, 'site', 'source', 'b.html'), 'utf8'), '<p>b</p>\n');
});
