/**
 * The stage bundles make runs (pipeline/build/bundle.mjs): a bundle does what its TypeScript source does, finds its
 * files where the source would, and lists exactly the source files it was built from for Make.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../pipeline/lib/messages.ts';
import { outputDir, recordsPath } from './helpers.ts';

/** A scratch folder inside build/ (a bundle imports its packages from the repository's node_modules). */
function scratch(): string {
  mkdirSync('build', { recursive: true });
  return mkdtempSync(join('build', 'test-bundle-'));
}

function bundle(entry: string, out: string): void {
  const r = spawnSync(process.execPath, ['pipeline/build/bundle.mjs', entry, out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

test('a stage bundle makes the same bytes as its source, and lists exactly the files it was built from', () => {
  const dir = scratch();
  try {
    const js = join(dir, 'js', 'workbook.mjs');
    bundle('pipeline/workbook.ts', js);
    const [head, ...rest] = readFileSync(`${js}.d`, 'utf8').trim().split('\n');
    const [target, deps] = head.split(': ');
    const files = deps.split(' ');
    assert.equal(target, js);
    for (const f of ['pipeline/workbook.ts', 'pipeline/workbook/bytes.ts', 'pipeline/lib/io.ts', 'pipeline/lib/schema.ts']) assert.ok(files.includes(f), `${f} missing from the bundle's dependencies`);
    assert.ok(!files.some((f) => f.startsWith('pipeline/brief') || f.startsWith('pipeline/charts') || f.includes('node_modules')), `unrelated files listed: ${files.join(' ')}`);
    assert.deepEqual(rest, files.map((f) => `${f}:`), 'every dependency has an empty rule, so a deleted file rebuilds the bundle instead of stopping make');

    // the stage's own "am I the program" check answers yes under the bundle: without arguments it prints its usage
    const usage = spawnSync(process.execPath, [js], { encoding: 'utf8' });
    assert.equal(usage.status, 1);
    assert.ok(usage.stderr.includes(messages.workbookUsage()), usage.stderr);

    // paths found from import.meta.url (schemas/) resolve as in the source tree: the bundle writes the published workbook
    const name = JSON.parse(readFileSync('sources/dataset.json', 'utf8')).name as string;
    const out = join(dir, `${name}.xlsx`);
    const run = spawnSync(process.execPath, [js, recordsPath(), out], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(readFileSync(out).equals(readFileSync(join(outputDir(), `${name}.xlsx`))), 'the bundle made other bytes than the source');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundler without its two arguments says how to call it', () => {
  const r = spawnSync(process.execPath, ['pipeline/build/bundle.mjs'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: node pipeline\/build\/bundle\.mjs <pipeline\/stage\.ts> <build\/js\/stage\.mjs>/);
});
