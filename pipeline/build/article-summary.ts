/**
 * What the articles stage says about each article it (re)extracted: how many facts it gave, and which of its
 * sentences with a number or a date gave none (where a reader looks for a fact the rules missed).
 * Made from what ingest and extract already computed (the sentences' NLP entities, each candidate's sentence):
 * the stage never runs the NLP again for it.
 */
import type { IngestedArticle } from '../ingest.ts';
import type { ExtractedArticle } from '../extract.ts';
import type { NlpEntity } from '../lib/nlp.ts';
import { codePointIndexer } from '../lib/text.ts';

export interface ArticleSummary {
  /** Candidate facts the extraction kept. */
  facts: number;
  /** Body sentences with a number or a date. */
  numbered: number;
  /** Code-point offsets (into the article's text) of the numbered sentences that gave no fact, in text order. */
  silent: number[];
}

/** Entity types that are a date or an amount whatever their words ("last year", "one billion dollars"). */
const DATE_OR_AMOUNT = new Set(['DATE', 'MONEY', 'PERCENT']);
/** Entity types that count as a number only when written with digits ("14 years", "5th"; not "the two countries"). */
const NUMBER_IF_DIGITS = new Set(['CARDINAL', 'DURATION', 'ORDINAL']);

/** Whether an entity is a date or a number a fact could carry. */
export function isNumberOrDate(entity: NlpEntity): boolean {
  return DATE_OR_AMOUNT.has(entity.type) || (NUMBER_IF_DIGITS.has(entity.type) && /\d/.test(entity.text));
}

/** The summary of one article from its ingested sentences and the candidates extracted from them. */
export function summariseArticle(article: IngestedArticle, extracted: ExtractedArticle): ArticleSummary {
  const productive = new Set(extracted.candidates.map((c) => c.sentence));
  const toCodePoint = codePointIndexer(article.text);
  const numbered = article.sentences.map((s, index) => ({ s, index })).filter(({ s }) => s.entities.some(isNumberOrDate));
  const silent = numbered.filter(({ index }) => !productive.has(index)).map(({ s }) => toCodePoint(s.start));
  return { facts: extracted.candidates.length, numbered: numbered.length, silent };
}
