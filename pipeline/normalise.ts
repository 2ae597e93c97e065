/**
 * Stage 3, normalise: the extracted articles listed in build/…/articles.json → build/…/records.json.
 * Merges mentions of the same fact, converts money to USD, gives each fact a stable id and a summary,
 * then validates every row against schemas/ and every quote against its source. Nothing invalid is written.
 * Usage: normalise.ts <dataset.json> <out/records.json> <articles.json (list of extracted files, from the articles stage)>
 */
import { createHash } from 'node:crypto';
import { readJsonFile } from './lib/io.ts';
import { writeRecordsAtomic } from './lib/records-file.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { tableNames, validatorFor, describeErrors } from './lib/schema.ts';
import type { DatasetMeta, RecordsFile, Row } from './lib/records.ts';
import { codePointSlicer } from './lib/text.ts';
import type { ExtractedArticle } from './extract.ts';
import type { ArticlesList } from './articles.ts';
import { loadReference } from './extract/reference.ts';
import { mergeCandidates } from './normalise/merge.ts';
import { buildTables } from './normalise/tables.ts';

/** Throws on the first row that fails its schema or whose quote is not the source text at its offsets. */
export function validateTables(tables: RecordsFile['tables'], texts: Map<string, string>): void {
  const slicers = new Map<string, (start: number, end: number) => string>();
  const slicerOf = (id: string) => {
    let slice = slicers.get(id);
    if (!slice) slicers.set(id, (slice = codePointSlicer(texts.get(id) ?? '')));
    return slice;
  };
  for (const name of tableNames) {
    const validate = validatorFor(name);
    for (const row of tables[name]) {
      if (!validate(row)) throw new PipelineError(messages.invalidRecord(name, String(row[Object.keys(row)[0]]), describeErrors(validate.errors)));
      if ('quote' in row) {
        if (slicerOf(row.source_id as string)(row.char_start as number, row.char_end as number) !== row.quote) throw new PipelineError(messages.quoteMismatch(String(row.mention_id ?? row.event_id), String(row.source_id)));
      }
    }
  }
}

/** The records of all articles, validated. */
export function normaliseArticles(articles: ExtractedArticle[], dataset: DatasetMeta): RecordsFile {
  const ref = loadReference();
  // Earliest published first, so a fact several sources state is quoted from the first to report it.
  const sorted = [...articles].sort((a, b) => a.source.meta.published.localeCompare(b.source.meta.published) || a.source.source_id.localeCompare(b.source.source_id));
  const drafts = mergeCandidates(sorted.map((a) => ({ source_id: a.source.source_id, candidates: a.candidates })));
  const tables = buildTables(drafts, sorted, ref);
  validateTables(tables, new Map(sorted.map((a) => [a.source.source_id, a.source.text])));
  const published = sorted.map((a) => a.source.meta.published).sort();
  return {
    dataset,
    data_as_of: published[published.length - 1] ?? '',
    version: createHash('sha256').update(sorted.map((a) => a.source.sha256).join()).digest('hex').slice(0, 8),
    tables: tables as Record<(typeof tableNames)[number], Row[]>,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('normalise', () => {
    const [datasetPath, out, listPath] = process.argv.slice(2);
    const dataset = readJsonFile<DatasetMeta>(datasetPath, 'dataset metadata');
    const inputs = readJsonFile<ArticlesList>(listPath, 'list of extracted articles').articles;
    writeRecordsAtomic(out, normaliseArticles(inputs.map((f) => readJsonFile<ExtractedArticle>(f, 'extracted article')), dataset));
  });
}
