/** The Makefile's dependencies: nothing to do after a build; touching an article re-extracts nothing, changing one re-extracts (and reports) only it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('a second make does nothing; touching one article re-extracts nothing, changing it re-extracts only it', () => {
  const root = mkdtempSync(join(tmpdir(), 'make-'));
  const src = join(root, 'articles');
  spawnSync('mkdir', ['-p', src]);
  for (const id of ['one', 'two']) {
    writeFileSync(join(src, `${id}.txt`), `Chinese Premier Wen Jiabao visited Belarus in November 200${id === 'one' ? 7 : 8}. Belarus and China are partners.`);
    writeFileSync(join(src, `${id}.json`), JSON.stringify({ title: id, published: '2011-03-01' }));
  }
  const args = ['--no-print-directory', `SOURCES=${src}`, `OUT=${join(root, 'out')}`, `BUILD=${join(root, 'build')}`];
  const first = spawnSync('make', ['all', ...args], { encoding: 'utf8' });
  assert.equal(first.status, 0, first.stderr);
  assert.ok(existsSync(join(root, 'out', 'csv', 'events.csv')));
  // (not `make -q`: the articles stage's list is a file make re-reads after an empty recipe, which -q counts as work)
  assert.match(spawnSync('make', ['all', ...args], { encoding: 'utf8' }).stdout, /Nothing to be done for 'all'/, 'a second make has work to do');
  const later = new Date(Date.now() + 5000);
  utimesSync(join(src, 'two.txt'), later, later);
  const second = spawnSync('make', ['all', ...args], { encoding: 'utf8' });
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /extract +0 of 2 article/, 'an article whose bytes did not change is not extracted again');
  assert.doesNotMatch(second.stdout, /normalise/, 'an unchanged list of extracted articles does not rerun normalise');
  assert.equal(spawnSync('make', ['-q', 'all', ...args]).status, 0, 'make -q says all is built after a run that left the list unchanged');
  assert.match(spawnSync('make', ['all', ...args], { encoding: 'utf8' }).stdout, /Nothing to be done for 'all'/, 'and make all has nothing to do');
  writeFileSync(join(src, 'two.txt'), 'Chinese Premier Wen Jiabao visited Belarus in November 2005. Belarus and China are partners.');
  const third = spawnSync('make', ['all', ...args], { encoding: 'utf8' });
  assert.equal(third.status, 0, third.stderr);
  assert.match(third.stdout, /extract +1 of 2 article/, 'only the changed article is extracted again');
  assert.match(third.stdout, /^ +two: 1 fact; /m, 'the changed article gets its line: facts found, sentences with a number or date that gave none');
  assert.doesNotMatch(third.stdout, /^ +one: /m, 'an article not extracted again gets no line');
  rmSync(root, { recursive: true, force: true });
});
