/**
 * The release step links files instead of copying them: with a record (as make runs it), the staging folder's own
 * files, refusing a published file edited in place; without one, the previous set's files that did not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseSet } from '../pipeline/build/release.ts';
import { messages } from '../pipeline/lib/messages.ts';

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

test('without a record: an unchanged file is the previous set\'s file linked, a changed one a copy, and none is the staging folder\'s', (t) => {
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

test('without a record: a published file edited in place is not what the next run publishes', (t) => {
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

test('with a record: the set is the staging folder\'s files linked; a published file edited in place stops the release and is built again', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'release-links-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const out = join(root, 'out');
  const record = join(root, 'released-files.json');
  const staging = stagedSet(root, 'event_id\n1\n');
  releaseSet(staging, out, entries, record);
  for (const f of ['csv/events.csv', 'site/source/a.html', 'datapackage.json']) {
    assert.equal(statSync(join(out, f)).ino, statSync(join(staging, f)).ino, `${f} was copied, not linked`);
  }
  // a stage writes a new file (a new inode) and the next release publishes it; the others stay linked
  rmSync(join(staging, 'csv', 'events.csv'));
  writeFileSync(join(staging, 'csv', 'events.csv'), 'event_id\n1\n2\n');
  releaseSet(staging, out, entries, record);
  assert.equal(readFileSync(join(out, 'csv', 'events.csv'), 'utf8'), 'event_id\n1\n2\n');
  assert.deepEqual(readdirSync(root).sort(), ['out', 'released-files.json', 'stage']);

  // an edit in place of a published file changes the staged file too: refused, OUT untouched, the staged entry removed
  writeFileSync(join(out, 'site', 'source', 'b.html'), '<p>edited</p>\n');
  const before = readFileSync(join(out, 'csv', 'events.csv'), 'utf8');
  assert.throws(() => releaseSet(staging, out, entries, record), (e: Error) => e.message === messages.publishedFileEdited(out, ['site/source/b.html']));
  assert.equal(readFileSync(join(out, 'csv', 'events.csv'), 'utf8'), before);
  assert.equal(readFileSync(join(out, 'site', 'source', 'b.html'), 'utf8'), '<p>edited</p>\n', 'OUT changed on a failed release');
  assert.ok(!existsSync(join(staging, 'site')), 'the staged site was kept');
  assert.ok(existsSync(join(staging, 'csv', 'events.csv')));
  // the stages run again (writing new files, as every stage does) and the release publishes what they made
  rmSync(staging, { recursive: true });
  stagedSet(root, 'event_id\n1\n2\n');
  releaseSet(staging, out, entries, record);
  assert.equal(readFileSync(join(out, 'site', 'source', 'b.html'), 'utf8'), '<p>b</p>\n');
});
