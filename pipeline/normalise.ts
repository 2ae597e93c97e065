/**
 * Stage 3, normalise: the extracted articles listed in build/…/articles.json → build/…/records.json.
 * Merges mentions of the same fact, converts money to USD, gives each fact a stable id and a summary,
 * then validates every row against schemas/ and every quote against its source. Nothing invalid is written.
 * Usage: normalise.ts <dataset.json> <out/records.json> <articles.json (list of extracted files, from the articles stage)>
 */
import { createHash } from 'node:crypto';
import { readJsonFile } from './lib/io.ts';
import { writeRecordsAtomic } from './lib/records-file.ts';
import { keepHeapNearLive } from './lib/heap.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { tableNames, validatorFor, describeErrors } from './lib/schema.ts';
import type { DatasetMeta, RecordsFile, Row } from './lib/records.ts';
import { codePointSlicer } from './lib/text.ts';
import type { ExtractedArticle } from './extract.ts';
import type { ArticlesList } from './articles.ts';
import { loadReference, type Reference } from './extract/reference.ts';
import { loadFinanceLexicon } from './extract/finance.ts';
import { mergeCandidates, yearlyKinds, type Draft } from './normalise/merge.ts';
import { addLowerCaseWords, genericWords, namingWords } from './normalise/naming.ts';
import { buildTables, toUsd, unconvertedAmounts, type ArticleSource } from './normalise/tables.ts';

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
  return normaliseSources(articles.map(({ source, entity_ids, text_entities }) => ({ source, entity_ids, text_entities })), articles.map((a) => a.candidates), dataset);
}

/**
 * The records of the articles `sources`, whose candidates are `candidateLists[i]`, validated. Each list is emptied
 * once merged (the candidates are the largest part of the input, and merging copied what the records need).
 */
export function normaliseSources(sources: ArticleSource[], candidateLists: ExtractedArticle['candidates'][], dataset: DatasetMeta): RecordsFile {
  const ref = loadReference();
  // Earliest published first, so a fact several sources state is quoted from the first to report it.
  const order = sources.map((_, i) => i).sort((i, j) => sources[i].source.meta.published.localeCompare(sources[j].source.meta.published) || sources[i].source.source_id.localeCompare(sources[j].source.source_id));
  const sorted = order.map((i) => sources[i]);
  if (dataset.pair) for (let i = 0; i < candidateLists.length; i++) candidateLists[i] = candidateLists[i].filter((c) => isOfPair(c, dataset.pair!));
  const largest = loadFinanceLexicon().largest_plausible_amount_usd;
  if (largest) for (let i = 0; i < candidateLists.length; i++) candidateLists[i] = candidateLists[i].filter((c) => isPlausibleMoney(c, ref, largest));
  const drafts = mergeCandidates(takeInOrder(order, sources, candidateLists), { isYearly: yearlyKinds(ref.categories), namesOf: namingWordsOf(sorted, ref) });
  const tables = buildTables(drafts, sorted, ref);
  drafts.length = 0; // the tables hold what the records need
  validateTables(tables, new Map(sorted.map((a) => [a.source.source_id, a.source.text])));
  const published = sorted.map((a) => a.source.meta.published).sort();
  return {
    dataset,
    data_as_of: published[published.length - 1] ?? '',
    version: createHash('sha256').update(sorted.map((a) => a.source.sha256).join()).digest('hex').slice(0, 8),
    tables: tables as Record<(typeof tableNames)[number], Row[]>,
  };
}

/** A draft's naming words (naming.ts) over all its passages; the words written in lower case are gathered from every source once. */
function namingWordsOf(sources: ArticleSource[], ref: ReturnType<typeof loadReference>): (d: Draft) => ReadonlySet<string> {
  const generic = addLowerCaseWords(genericWords(ref), sources.map((a) => a.source.text));
  const texts = new Map(sources.map((a) => [a.source.source_id, a.source.text]));
  const slicers = new Map<string, (start: number, end: number) => string>();
  // found once per draft, again when a join has added passages to it
  const found = new WeakMap<Draft, { passages: number; words: ReadonlySet<string> }>();
  return (d) => {
    const known = found.get(d);
    if (known && known.passages === d.mentions.length) return known.words;
    const words = new Set(d.mentions.flatMap((m) => {
      let slice = slicers.get(m.source_id);
      if (!slice) slicers.set(m.source_id, (slice = codePointSlicer(texts.get(m.source_id) ?? '')));
      return namingWords(slice(m.start, m.end), generic);
    }));
    found.set(d, { passages: d.mentions.length, words });
    return words;
  };
}

/**
 * Whether a candidate's money could pass between two parties: a finance, aid or investment amount of more than
 * `largest` US dollars at its year's rate is the size of an economy, a market or a portfolio (sources/reference/finance.json
 * largest_plausible_amount_usd). An amount that cannot be converted is kept.
 */
export function isPlausibleMoney(c: ExtractedArticle['candidates'][number], ref: Reference, largest: number): boolean {
  if (!MONEY_TABLE_CATEGORIES.has(c.category)) return true;
  const d = c.details as { amount?: number | null; currency?: string | null };
  const usd = toUsd(d.amount, d.currency, c.date?.value ?? null, ref).usd;
  return usd === null || usd <= largest;
}
const MONEY_TABLE_CATEGORIES = new Set(['finance', 'aid', 'investment']);

/** Whether a candidate is a fact of the dataset's pair: its actors are the pair's countries (the second may be unknown). */
function isOfPair(c: { actor_1: string | null; actor_2: string | null }, pair: [string, string]): boolean {
  return c.actor_1 !== null && pair.includes(c.actor_1) && (c.actor_2 === null || (pair.includes(c.actor_2) && c.actor_2 !== c.actor_1));
}

/** Each article's candidates in `order`, each list emptied as it is handed over, so merged candidates are not kept. */
function* takeInOrder(order: number[], sources: ArticleSource[], candidateLists: ExtractedArticle['candidates'][]): Generator<{ source_id: string; candidates: ExtractedArticle['candidates'] }> {
  for (const i of order) {
    const candidates = candidateLists[i];
    candidateLists[i] = [];
    yield { source_id: sources[i].source.source_id, candidates };
  }
}

/** The extracted articles of the list, each split into what normalise keeps and its candidates (the rest is not kept). */
function readExtracted(paths: string[]): { sources: ArticleSource[]; candidateLists: ExtractedArticle['candidates'][] } {
  const sources: ArticleSource[] = [];
  const candidateLists: ExtractedArticle['candidates'][] = [];
  for (const path of paths) {
    const { source, entity_ids, text_entities, candidates } = readJsonFile<ExtractedArticle>(path, 'extracted article');
    sources.push({ source, entity_ids, text_entities });
    candidateLists.push(candidates);
  }
  return { sources, candidateLists };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('normalise', () => {
    keepHeapNearLive();
    const [datasetPath, out, listPath] = process.argv.slice(2);
    const dataset = readJsonFile<DatasetMeta>(datasetPath, 'dataset metadata');
    const { sources, candidateLists } = readExtracted(readJsonFile<ArticlesList>(listPath, 'list of extracted articles').articles);
    const records = normaliseSources(sources, candidateLists, dataset);
    writeRecordsAtomic(out, records);
    const unconverted = unconvertedAmounts(records.tables);
    if (unconverted.length) process.stdout.write(`         ${messages.unconvertedAmounts(unconverted)}\n`);
  });
}
