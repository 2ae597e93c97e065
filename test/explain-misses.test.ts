/**
 * test/lib/explain-misses.ts, the tool that files each miss of a scored batch under the reason the extractor's
 * --explain gives for its sentence: it must read score-folder's printout and tell the reasons apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { blockHolding, missesOf, reasonIn } from './lib/explain-misses.ts';

test('a score-folder printout gives its misses, near misses left out', () => {
  const printout = [
    '  miss   2024-a: visit 2024-07-08 CHN→BLR: "Chinese troops arrived in Brest for the drill"',
    '  miss   2024-a: trade 2024 CHN→BLR: "Trade grew" (nearest: ev-1 date 2023 ≠ 2024)',
    '  extra  2024-a: ev-2 visit/official_visit 2024 CHN→BLR: "…"',
  ].join('\n');
  assert.deepEqual(missesOf(printout), [{ id: '2024-a', category: 'visit', quote: 'Chinese troops arrived in Brest for the ' }]);
});

test('the reason of a miss is what the sentence\'s --explain block says of its category', () => {
  const block = '[3] block 2: Text\n  kept     trade/turnover#1: BLR→CHN 2024\n  dropped visit/official_visit "arrived": no visitor (a person or delegation) named';
  assert.equal(reasonIn(block, 'trade'), 'kept in sentence (lost later or wrong detail)');
  assert.equal(reasonIn(block, 'visit'), 'no visitor (a person or delegation) named');
  assert.equal(reasonIn(block, 'aid'), 'no trigger of the category');
  assert.equal(reasonIn(undefined, 'aid'), 'sentence not found');
});

test('a quote past the 160 characters --explain prints of its sentence is found by where the sentence starts', () => {
  const long = `Minsk hosted talks, ${'and the sides discussed many matters of trade, '.repeat(4)}and China agreed to lend Belarus $1 billion.`;
  const text = `Headline\n\n${long} Then the guests left.`;
  const blocks = ['[0] block 0: Headline', `\n[1] block 1: ${long.slice(0, 159)}…\n  kept     finance/loan#1: CHN→BLR`, '\n[2] block 1: Then the guests left.'];
  assert.ok(long.indexOf('China agreed') > 160);
  assert.equal(blockHolding(blocks, text, 'China agreed to lend Belarus $1 billion'), blocks[1]);
  assert.equal(blockHolding(blocks, text, 'Then the guests left'), blocks[2]);
  assert.equal(blockHolding(blocks, text, 'words the text does not hold'), undefined);
});

test('run on a printout, it explains a miss in a real article of the corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'why-'));
  const printout = join(dir, 'score.txt');
  // A sentence of the corpus with a joint exercise that names no place of the pair (dropped with that reason).
  writeFileSync(printout, '  miss   2024-newsaz-china-belarus-eagle-assault-next-phase: visit 2024-07-08 CHN→BLR: "Eagle Assault 2024, an 11-day drill, began Monday in the Brest region"\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/lib/explain-misses.ts', printout], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^1 visit: /);
  assert.match(run.stderr, /\t2024-newsaz-china-belarus-eagle-assault-next-phase\tEagle Assault 2024/);
});
