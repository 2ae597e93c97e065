import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticle } from '../../pipeline/ingest.ts';
import { buildExtractor, extractArticle, type Extractor } from '../../pipeline/extract.ts';
import { normaliseArticles } from '../../pipeline/normalise.ts';
import type { RecordsFile } from '../../pipeline/lib/records.ts';

let extractor: Extractor | undefined;

/** Writes an article pair into a fresh temporary folder and returns the folder. */
export function writeArticle(id: string, text: string, meta: object = { title: 'Test article', published: '2011-03-15' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  writeFileSync(join(dir, `${id}.txt`), text);
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(meta));
  return dir;
}

/** Runs ingest → extract → normalise in-process on one text and returns the records. */
export function recordsOf(text: string, published = '2011-03-15', title = 'Test article'): RecordsFile {
  return recordsFrom(writeArticle('t', text, { title, published }), 't');
}

/** Runs ingest → extract → normalise in-process on one article already written to `dir`. */
export function recordsFrom(dir: string, id: string): RecordsFile {
  extractor ??= buildExtractor();
  const extracted = extractArticle(ingestArticle(dir, id), extractor);
  return normaliseArticles([extracted], { name: 'test', title: 'Test', description: '', licence: { name: 'CC-BY-4.0', title: '', path: '' }, publisher: '', citation: '' });
}

let rulesOnly: Extractor | undefined;

/** As recordsOf, with the rules alone (no candidate model, no sentence model): for tests of what a rule finds. */
export function rulesOnlyRecordsOf(text: string, published = '2011-03-15', title = 'Test article'): RecordsFile {
  return rulesOnlyRecordsFrom(writeArticle('t', text, { title, published }), 't');
}

/** As recordsFrom, with the rules alone: for an article whose metadata a test sets (its genre, its publication date). */
export function rulesOnlyRecordsFrom(dir: string, id: string): RecordsFile {
  rulesOnly ??= { ...buildExtractor(), model: null, sentenceModel: null };
  const extracted = extractArticle(ingestArticle(dir, id), rulesOnly);
  return normaliseArticles([extracted], { name: 'test', title: 'Test', description: '', licence: { name: 'CC-BY-4.0', title: '', path: '' }, publisher: '', citation: '' });
}
