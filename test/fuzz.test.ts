/**
 * Fuzz test (issue 12): seeded random and adversarial texts (random Unicode, huge tokens, deep punctuation,
 * mixed scripts, controls, mutated fact sentences) through ingest → extract → normalise. Nothing throws but a
 * PipelineError at the door, nothing hangs (the run is a child process with a time limit), and every quote
 * equals its source slice. Replay a failure with: node --import tsx test/lib/fuzz.ts <seed> <cases>
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { FuzzSummary } from './lib/fuzz.ts';

const SEED = 20260412;
const CASES = 30;

test(`fuzz: ${CASES} seeded hostile texts through ingest, extract and normalise never throw, never hang, quotes stay exact`, () => {
  const r = spawnSync('node', ['--import', 'tsx', 'test/lib/fuzz.ts', String(SEED), String(CASES)], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined, `the fuzz run did not finish in time (a hang?): ${r.error}`);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout) as FuzzSummary;
  assert.deepEqual(summary.failures, []);
  assert.equal(summary.cases, CASES);
  assert.ok(summary.refused > 0, 'some cases (those with controls) should be refused at the door');
  assert.ok(summary.accepted > CASES / 2, 'most cases should be accepted');
  assert.ok(summary.quotes > 50, `the cases should produce facts whose quotes are checked (got ${summary.quotes})`);
});
