/**
 * Stages 1 + 2, ingest and extract, for the whole article set of SOURCES in one process.
 * Lists the set (refusing any entry that is not part of an article pair), and for each article looks up its cache
 * file, keyed by the article's two files and everything extraction depends on (build/cache-key.ts). Only articles
 * without one are ingested and extracted, spread over one worker thread per core when there are many.
 * Writes the list of extracted files of the current set (only when it changed, so later stages rerun only then),
 * and removes cache files of articles no longer in the set.
 * Usage: articles.ts <sources-dir> <out-dir> <cache-dir> <articles-list.json>
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { keepHeapNearLive } from './lib/heap.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { writeJsonAtomic } from './lib/io.ts';
import { articleIds } from './build/article-set.ts';
import { articleKey, extractionCodeHash } from './build/cache-key.ts';
import { runJob, type Job, type JobResult } from './build/extract-one.ts';

const referenceDir = process.env.REFERENCE_DIR ?? new URL('../sources/reference/', import.meta.url).pathname;

/** Articles per thread below which starting worker threads costs more than it saves. */
const ARTICLES_PER_WORKER = 6;
/**
 * Bytes of article text extracted at once, at most, over all threads: an article's extraction peaks at about 35 bytes
 * of memory per byte of its text (a 10 MB article: ≈ 0.35 GB), so two articles of 10 MB are extracted one after the
 * other, not side by side. An article larger than this is extracted alone.
 */
export const TEXT_BYTES_AT_ONCE = 12_000_000;

export interface ArticlesList { articles: string[] }

/** The cache file of each article of the set, in id order. */
export function cacheFiles(sourcesDir: string, ids: string[], cacheDir: string): Job[] {
  const codeHash = extractionCodeHash(referenceDir);
  return ids.map((id) => {
    const read = (ext: string) => {
      const file = join(sourcesDir, `${id}.${ext}`);
      try {
        return existsSync(file) ? readFileSync(file) : new Uint8Array();
      } catch (error) {
        throw new PipelineError(messages.unreadableSource(file, (error as NodeJS.ErrnoException).code ?? String(error)));
      }
    };
    const txt = read('txt');
    return { id, out: join(cacheDir, `${id}.${articleKey(id, txt, read('json'), codeHash)}.json`), bytes: txt.byteLength };
  });
}

/**
 * The place in `queue` of the job to start next beside jobs of `running` bytes of text: the first that keeps the text
 * extracted at once within `budget`, else the first when nothing runs (a larger article runs alone); -1 when none
 * may start now.
 */
export function nextJob(queue: readonly { bytes: number }[], running: number, budget = TEXT_BYTES_AT_ONCE): number {
  const i = queue.findIndex((job) => running + job.bytes <= budget);
  return i >= 0 || running > 0 || !queue.length ? i : 0;
}

/**
 * Runs the jobs on `threads` worker threads (or in this thread when 1), returning every result. A free thread takes
 * the next job nextJob allows, so the text being extracted at once stays within `budget`.
 */
export async function runJobs(sourcesDir: string, jobs: Job[], threads: number, budget = TEXT_BYTES_AT_ONCE): Promise<JobResult[]> {
  if (threads <= 1) return jobs.map((job) => runJob(sourcesDir, job));
  const script = new URL('./build/extract-one.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(script)}); })`;
  const queue = [...jobs];
  const results: JobResult[] = [];
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const working = new Map<Worker, Job>();
  let running = 0;
  let finished = false;
  return new Promise<JobResult[]>((resolve, reject) => {
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve(results)));
    };
    const dispatch = () => {
      for (let i; idle.length && (i = nextJob(queue, running, budget)) >= 0; ) {
        const [job] = queue.splice(i, 1);
        const worker = idle.pop()!;
        running += job.bytes;
        working.set(worker, job);
        worker.postMessage(job);
      }
      if (!queue.length && !working.size) finish();
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(boot, { eval: true, workerData: { role: 'extract-worker', sourcesDir } });
      workers.push(worker);
      worker.on('message', (r: JobResult) => {
        results.push(r);
        running -= working.get(worker)!.bytes;
        working.delete(worker);
        idle.push(worker);
        dispatch();
      });
      worker.on('error', finish);
      worker.on('online', () => {
        idle.push(worker);
        dispatch();
      });
    }
  });
}

/** How many threads to use for `n` articles. */
export function threadsFor(n: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(n / ARTICLES_PER_WORKER)));
}

/** One line per article extracted in this run (in id order): its facts, and the sentences with a number or date that gave none. */
export function summaryLines(results: JobResult[]): string {
  return results.map((r) => (r.ok ? `         ${messages.articleSummary(r.id, r.summary.facts, r.summary.numbered, r.summary.silent)}\n` : '')).join('');
}

/** One message for every failed article: the input problems of all of them in one list, then any other failure. */
export function failureMessage(failures: Extract<JobResult, { ok: false }>[]): string {
  const problems = failures.flatMap((f) => f.problems ?? []);
  const others = failures.filter((f) => f.expected && !f.problems).map((f) => f.message);
  const unexpected = failures.filter((f) => !f.expected).map((f) => f.message);
  return [
    ...(problems.length ? [messages.inputProblems(problems)] : []),
    ...others,
    ...(unexpected.length ? [messages.unexpectedArticleFailure(), ...unexpected] : []),
  ].join('\n');
}

/** Brings the cache up to date for the article set of `sourcesDir` and returns the list of its extracted files. */
export async function extractArticleSet(sourcesDir: string, outDir: string, cacheDir: string): Promise<ArticlesList> {
  const ids = articleIds(sourcesDir, outDir);
  mkdirSync(cacheDir, { recursive: true });
  const jobs = cacheFiles(sourcesDir, ids, cacheDir);
  const stale = jobs.filter((j) => !existsSync(j.out));
  const threads = threadsFor(stale.length);
  process.stdout.write(`extract  ${stale.length} of ${ids.length} article(s)${stale.length ? ` on ${threads} thread(s)` : ''}, ${ids.length - stale.length} unchanged\n`);
  const results = (await runJobs(sourcesDir, stale, threads)).sort((a, b) => a.id.localeCompare(b.id));
  process.stdout.write(summaryLines(results));
  const failures = results.filter((r): r is Extract<JobResult, { ok: false }> => !r.ok);
  const keep = new Set(jobs.map((j) => j.out.slice(cacheDir.length + 1)));
  for (const f of readdirSync(cacheDir)) if (!keep.has(f)) rmSync(join(cacheDir, f), { force: true });
  if (failures.length) throw new PipelineError(failureMessage(failures));
  return { articles: jobs.map((j) => j.out) };
}

/** Writes the list only when it differs from the one on disk, so an unchanged set leaves later stages alone. */
export function writeListIfChanged(path: string, list: ArticlesList): void {
  const text = JSON.stringify(list, null, 2) + '\n';
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeJsonAtomic(path, list);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('articles', async () => {
    keepHeapNearLive();
    const [sourcesDir, outDir, cacheDir, listPath] = process.argv.slice(2);
    writeListIfChanged(listPath, await extractArticleSet(sourcesDir, outDir, cacheDir));
  });
}
