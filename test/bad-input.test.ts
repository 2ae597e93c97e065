/** Bad input stops the run with one clear message naming the file, and leaves the last good outputs in place. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../pipeline/lib/messages.ts';
import { validateTables } from '../pipeline/normalise.ts';
import { loadRecords } from './helpers.ts';

const GOOD = 'Chinese Premier Wen Jiabao visited Belarus in November 2007. Belarus and China signed 5 agreements worth $1bn in 2008.';
const META = JSON.stringify({ title: 'Good', published: '2011-03-01' });

/** Runs the ingest stage on a folder and returns exit status and stderr. */
function ingest(dir: string, id: string) {
  const r = spawnSync('node', ['--import', 'tsx', 'pipeline/ingest.ts', dir, id, join(dir, 'out.json')], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bad-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

test('invalid UTF-8 names the file and the byte', () => {
  const dir = folder({ 'a.txt': Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]), 'a.json': META });
  const r = ingest(dir, 'a');
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(`${join(dir, 'a.txt')}: encoding: found bytes that are not UTF-8 (first bad byte: 0xC3 at byte 3, line 1`), r.stderr);
});

test('an empty text is refused', () => {
  const dir = folder({ 'a.txt': '  \n\n ', 'a.json': META });
  const r = ingest(dir, 'a');
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(`${join(dir, 'a.txt')}: text: found no text at all; expected ${messages.expectedVisibleText()}`), r.stderr);
});

test('a .txt without its .json is refused', () => {
  const dir = folder({ 'a.txt': GOOD });
  const r = ingest(dir, 'a');
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(messages.inputProblem(join(dir, 'a.txt'), 'file', `no ${join(dir, 'a.json')} beside it`, messages.expectedPair(join(dir, 'a.json')))), r.stderr);
});

test('a .json without its .txt is refused', () => {
  const dir = folder({ 'a.json': META });
  const r = ingest(dir, 'a');
  assert.equal(r.status, 1);
  assert.ok(r.stderr.includes(messages.inputProblem(join(dir, 'a.json'), 'file', `no ${join(dir, 'a.txt')} beside it`, messages.expectedPair(join(dir, 'a.txt')))), r.stderr);
});

test('malformed JSON metadata names the file', () => {
  const dir = folder({ 'a.txt': GOOD, 'a.json': '{"title": "x", ' });
  const r = ingest(dir, 'a');
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`${join(dir, 'a.json').replace(/[.]/g, '\\.')}: JSON syntax: found invalid JSON`));
});

test('metadata missing a required field says which', () => {
  const dir = folder({ 'a.txt': GOOD, 'a.json': JSON.stringify({ title: 'No date' }) });
  const r = ingest(dir, 'a');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /a\.json: published: found no publication date; expected a real calendar date/);
});

test('a record that fails its schema stops the run', () => {
  const records = loadRecords();
  const broken = structuredClone(records.tables);
  broken.events[0].category = 'gossip';
  const texts = new Map<string, string>();
  assert.throws(() => validateTables(broken, texts), /fails schemas\/events\.schema\.json: category must be equal to one of the allowed values/);
});

test('a quote that does not match its offsets stops the run', () => {
  const records = loadRecords();
  const broken = structuredClone(records.tables);
  const texts = new Map(records.tables.sources.map((s) => [String(s.source_id), readFileSync(String(s.path), 'utf8')]));
  validateTables(records.tables, texts);
  broken.events[0].char_start = Number(broken.events[0].char_start) + 1;
  assert.throws(() => validateTables(broken, texts), /its quote is not the text of/);
});

test('a failed run leaves the previous outputs untouched', () => {
  const root = mkdtempSync(join(tmpdir(), 'run-'));
  const sources = join(root, 'articles');
  const out = join(root, 'out');
  cpSync(folder({ 'good.txt': GOOD, 'good.json': META }), sources, { recursive: true });
  const make = () => spawnSync('make', ['--no-print-directory', 'all', `SOURCES=${sources}`, `OUT=${out}`, `BUILD=${join(root, 'build')}`], { encoding: 'utf8' });
  const first = make();
  assert.equal(first.status, 0, first.stderr);
  const snapshot = (dir: string): Record<string, string> =>
    Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name)).toString('base64')]));
  const before = snapshot(out);
  writeFileSync(join(sources, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00]));
  writeFileSync(join(sources, 'broken.json'), META);
  const second = make();
  assert.notEqual(second.status, 0);
  assert.match(second.stderr, /broken\.txt: encoding: found UTF-16 text/);
  assert.deepEqual(snapshot(out), before);
  rmSync(root, { recursive: true, force: true });
});
