/**
 * The articles stage's worker pool (pipeline/articles.ts): a free thread takes the next article that keeps the text
 * extracted at once within the memory budget, so two very large articles are never extracted side by side, while
 * small ones still run beside a large one; every article is extracted once, and the files are those one thread writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFiles, nextJob, runJobs } from '../pipeline/articles.ts';

/** A pool of `threads` simulated threads running `sizes` (one time unit per MB, at least one), as runJobs dispatches them; what ran at once, at each start. */
function simulate(sizes: number[], threads: number, budget: number): { order: number[]; together: number[][] } {
  const queue = sizes.map((bytes, id) => ({ id, bytes }));
  const running: { id: number; bytes: number; ends: number }[] = [];
  const order: number[] = [];
  const together: number[][] = [];
  for (let now = 0; queue.length || running.length; ) {
    for (let i; running.length < threads && (i = nextJob(queue, running.reduce((n, r) => n + r.bytes, 0), budget)) >= 0; ) {
      const [job] = queue.splice(i, 1);
      running.push({ ...job, ends: now + Math.max(1, Math.round(job.bytes / 1e6)) });
      order.push(job.id);
      together.push(running.map((r) => r.bytes));
    }
    now = Math.min(...running.map((r) => r.ends));
    for (let i = running.length - 1; i >= 0; i--) if (running[i].ends <= now) running.splice(i, 1);
  }
  return { order, together };
}

test('two articles whose texts together pass the budget are never extracted at once; each article runs once', () => {
  const MB = 1e6;
  const sizes = [10 * MB, 10 * MB, 0.005 * MB, 0.004 * MB, 11 * MB, 30 * MB, 0.006 * MB, 2 * MB, 9 * MB, 0.003 * MB];
  for (const threads of [2, 3, 8]) {
    const { order, together } = simulate(sizes, threads, 12 * MB);
    assert.deepEqual([...order].sort((a, b) => a - b), sizes.map((_, i) => i), `${threads} threads: every article once`);
    for (const at of together) assert.ok(at.length === 1 || at.reduce((n, b) => n + b, 0) <= 12 * MB, `${threads} threads: ${at.join(' + ')} bytes at once`);
    assert.ok(together.some((at) => at.length > 1 && at.some((b) => b >= 10 * MB)), `${threads} threads: small articles run beside a large one`);
  }
});

test('an article larger than the budget runs when nothing else does, and small articles are not held back', () => {
  assert.equal(nextJob([{ bytes: 50 }], 0, 10), 0);
  assert.equal(nextJob([{ bytes: 50 }], 1, 10), -1);
  assert.equal(nextJob([{ bytes: 50 }, { bytes: 2 }], 5, 10), 1);
  assert.equal(nextJob([], 0, 10), -1);
});

test('two threads with a budget of one article at a time write the files one thread writes', async () => {
  const sources = new URL('../sources/articles/', import.meta.url).pathname;
  const ids = readdirSync(sources).filter((f) => f.endsWith('.txt')).sort().slice(0, 6).map((f) => f.slice(0, -4));
  const dir = mkdtempSync(join(tmpdir(), 'article-pool-'));
  try {
    const [one, two] = [join(dir, 'one'), join(dir, 'two')];
    const jobs = (cache: string) => cacheFiles(sources, ids, cache);
    const inThread = await runJobs(sources, jobs(one), 1);
    const pooled = await runJobs(sources, jobs(two), 2, 1);
    assert.deepEqual(pooled.map((r) => r.id).sort(), ids);
    assert.deepEqual(pooled.sort((a, b) => a.id.localeCompare(b.id)), inThread);
    for (const f of readdirSync(one)) assert.equal(readFileSync(join(two, f), 'utf8'), readFileSync(join(one, f), 'utf8'), f);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
