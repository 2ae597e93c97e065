/** The site stages as make runs them: a clear error for a changed source text or a bad call, and the old site left in place. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords, outputDir, recordsPath } from './helpers.ts';
import { messages } from '../pipeline/lib/messages.ts';

const stage = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'pipeline/site.ts', ...args], { encoding: 'utf8' });

test('a source text that changed since the records were built stops the stage and leaves the old site', () => {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  const records = loadRecords();
  const source = records.tables.sources[0];
  const text = join(root, 'article.txt');
  writeFileSync(text, readFileSync(String(source.path), 'utf8') + ' An added sentence.');
  const recordsPath = join(root, 'records.json');
  writeFileSync(recordsPath, JSON.stringify({ ...records, tables: { ...records.tables, sources: [{ ...source, path: text }] } }));
  const site = join(root, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), 'the previous site');
  const r = stage(recordsPath, site);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim(), `error [site]: ${messages.siteSourceChanged(text, String(source.source_id))}`);
  assert.deepEqual(readdirSync(site), ['index.html']);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'the previous site');
  assert.deepEqual(readdirSync(root).filter((f) => f.startsWith('.')), [], 'no staging folder is left behind');
  rmSync(root, { recursive: true, force: true });
});

test('the stage shows its usage line without arguments, or with the overview\'s', () => {
  for (const args of [[], [recordsPath(), join(outputDir(), 'charts/charts.json'), 'site']]) {
    const r = stage(...args);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim(), `error [site]: ${messages.siteUsage()}`);
  }
  const r = spawnSync('node', ['--import', 'tsx', 'pipeline/site-overview.ts'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim(), `error [site-overview]: ${messages.siteOverviewUsage()}`);
});
