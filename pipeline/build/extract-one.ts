/**
 * Ingest + extract of one article into its cache file, the unit of work the articles stage hands to a thread.
 * Imported by the stage itself (few articles) and by each worker thread (many).
 */
import { join } from 'node:path';
import { parentPort, workerData, isMainThread } from 'node:worker_threads';
import { ingestArticle } from '../ingest.ts';
import { buildExtractor, extractArticle, type Extractor } from '../extract.ts';
import { writeJsonAtomic } from '../lib/io.ts';
import { PipelineError } from '../lib/errors.ts';
import { InputProblems } from '../ingest/validate.ts';
import { summariseArticle, type ArticleSummary } from './article-summary.ts';

/** One article to extract: its id, its cache file, and the size of its text (how much memory its extraction takes). */
export interface Job { id: string; out: string; bytes: number }
/** A failure is expected when it is a problem with the user's files (a PipelineError); `problems` lists input problems one by one. */
export type JobResult = { id: string; ok: true; summary: ArticleSummary } | { id: string; ok: false; message: string; expected: boolean; problems?: string[] };

let extractor: Extractor | undefined;

/** Ingests and extracts one article of `sourcesDir` into job.out, returning what it found; a failure is returned, not thrown. */
export function runJob(sourcesDir: string, job: Job): JobResult {
  try {
    extractor ??= buildExtractor();
    const ingested = ingestArticle(sourcesDir, job.id);
    const extracted = extractArticle(ingested, extractor);
    writeJsonAtomic(job.out, extracted);
    return { id: job.id, ok: true, summary: summariseArticle(ingested, extracted) };
  } catch (error) {
    const expected = error instanceof PipelineError;
    const problems = error instanceof InputProblems ? error.problems : undefined;
    return { id: job.id, ok: false, expected, problems, message: expected ? (error as Error).message : `${join(sourcesDir, job.id)}: ${(error as Error)?.stack ?? String(error)}` };
  }
}

// In a worker thread: take jobs from the stage, one message each, answer with the result.
if (!isMainThread && workerData?.role === 'extract-worker') {
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(runJob(workerData.sourcesDir as string, job)));
}
