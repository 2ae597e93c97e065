/** The Makefile's own hygiene (issue 9, item 8): `make help` is complete, `make test` warns of nothing, and .gitignore ignores nothing committed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Every target the Makefile declares .PHONY: the user-facing ones. */
function phonyTargets(): string[] {
  return readFileSync('Makefile', 'utf8').split('\n').filter((l) => l.startsWith('.PHONY:')).flatMap((l) => l.slice('.PHONY:'.length).trim().split(/\s+/));
}

test('make help lists every .PHONY target, from the "## " line above its rule', () => {
  const r = spawnSync('make', ['--no-print-directory', 'help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const listed = new Set(r.stdout.split('\n').map((l) => /^make (\S+)/.exec(l)?.[1]).filter(Boolean));
  const targets = phonyTargets();
  assert.ok(targets.length >= 8, `found only ${targets.length} .PHONY targets`);
  assert.deepEqual(targets.filter((t) => !listed.has(t)), [], 'targets missing from make help: add a "## make <target>  <what it does>" line above each');
  assert.deepEqual([...listed].filter((t) => !targets.includes(t!)), [], 'make help lists a target that is not .PHONY');
});

test('make test runs its build as a sub-make without a jobserver warning, also under make -j4', () => {
  for (const jobs of [[], ['-j4']]) {
    // -n runs only the sub-make line of the recipe ($(MAKE) all ...), which is where the warning came from.
    const r = spawnSync('make', ['--no-print-directory', '-n', ...jobs, 'test'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /make --no-print-directory all OUT=build\/test-output/, 'make test no longer builds through a sub-make: update this test');
    assert.doesNotMatch(r.stderr, /warning/i);
  }
});

test('.gitignore ignores no committed file', (t) => {
  const r = spawnSync('git', ['ls-files', '--cached', '--ignored', '--exclude-standard'], { encoding: 'utf8' });
  if (r.status !== 0) return t.skip('not a git checkout');
  assert.equal(r.stdout, '', 'committed files that .gitignore lists: narrow the pattern (e.g. /build/ for the top-level folder only)');
});
