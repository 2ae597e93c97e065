/**
 * Agreement between two annotators of the same articles: annotator B's facts are scored against annotator A's
 * exactly as the pipeline's records are (`scoreArticle`), as if B were a system that reports each of its required
 * facts once, with B's own category, date, actors and details. The figure is the ceiling the pipeline's score can
 * reach against one annotator when another careful reader of the same guideline is the system.
 *
 * Usage: node --import tsx test/lib/agreement.ts <A annotations dir> <B annotations dir> [articles dir]
 *   (a folder of annotations, or a corpus folder whose batch-N/annotations are read; articles default to
 *   sources/articles; only articles both annotated are compared; prints both directions). The agreement study:
 *   node --import tsx test/lib/agreement.ts test/fixtures/corpus test/fixtures/corpus/agreement/annotations
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Row } from '../../pipeline/lib/records.ts';
import { overallScore, readAnnotations, scoreArticle, spansOf, type AnnotatedFact, type Annotation, type ArticleScore, type ScoredTables } from './score.ts';

/** The detail table a fact's details go to, as the pipeline writes them. */
const DETAIL_TABLE: Record<string, 'visits' | 'agreements' | 'finance' | 'indicators'> = {
  visit: 'visits',
  agreement: 'agreements',
  finance: 'finance',
  aid: 'finance',
  investment: 'finance',
  trade: 'indicators',
};

/**
 * Tables a system would publish if it reported exactly annotation B's required facts: one event per fact (quoted
 * from its first passage, its other passages as mentions) and a detail row from the fact's details.
 */
export function tablesOfAnnotation(text: string, annotation: Annotation): ScoredTables {
  const tables: Required<ScoredTables> = { events: [], visits: [], agreements: [], finance: [], indicators: [], mentions: [] };
  annotation.facts.forEach((fact, i) => {
    if (fact.optional) return;
    const eventId = `${annotation.source_id}#${i}`;
    const passages = Array.isArray(fact.evidence) ? fact.evidence : [fact.evidence];
    const spans = spansOf(text, passages);
    tables.events.push(eventRow(annotation.source_id, eventId, fact, passages[0], spans[0]));
    spans.slice(1).forEach((span, k) =>
      tables.mentions.push({ mention_id: `${eventId}/${k + 1}`, event_id: eventId, source_id: annotation.source_id, quote: passages[k + 1], char_start: span.start, char_end: span.end }),
    );
    // The scorer finds a detail row by event id in any table; a category the pipeline keeps no details for (a cultural
    // fact's city) goes with the visits so that two annotators' details are compared wherever both give them.
    tables[DETAIL_TABLE[fact.category] ?? 'visits'].push(detailRow(eventId, fact));
  });
  return tables;
}

function eventRow(sourceId: string, eventId: string, fact: AnnotatedFact, quote: string, span: { start: number; end: number }): Row {
  return {
    event_id: eventId,
    source_id: sourceId,
    category: fact.category,
    subtype: fact.subtype ?? null,
    date: fact.date,
    actor_1: fact.actor_1,
    actor_2: fact.actor_2,
    quote,
    char_start: span.start,
    char_end: span.end,
  };
}

/** A detail row holding what the fact's details state; for a visit without from/to, its actors. */
function detailRow(eventId: string, fact: AnnotatedFact): Row {
  const row: Row = { event_id: eventId };
  for (const [key, value] of Object.entries(fact.details ?? {})) row[key] = Array.isArray(value) ? value.join('; ') : value;
  if (fact.category === 'visit') {
    row.from_country ??= fact.actor_1;
    row.to_country ??= fact.actor_2;
  }
  return row;
}

/** B scored against A, article by article, over the articles both annotated (sorted by id). */
export function agreementScores(a: Annotation[], b: Annotation[], textOf: (id: string) => string): ArticleScore[] {
  const byId = new Map(b.map((x) => [x.source_id, x]));
  return a
    .filter((x) => byId.has(x.source_id))
    .sort((x, y) => x.source_id.localeCompare(y.source_id))
    .map((x) => {
      const text = textOf(x.source_id);
      return scoreArticle(text, x, tablesOfAnnotation(text, byId.get(x.source_id)!));
    });
}

/** The annotations in a folder of them, or in every batch-N/annotations folder of a corpus folder. */
export function annotationsIn(dir: string): Annotation[] {
  const batches = readdirSync(dir).filter((f) => /^batch-\d+$/.test(f)).map((f) => join(dir, f, 'annotations'));
  return (batches.length ? batches : [dir]).flatMap(readAnnotations);
}

function report(label: string, scores: ArticleScore[]): string {
  const t = overallScore(scores);
  const lines = scores.flatMap((s) => [
    ...s.misses.map((m) => `  only in the reference  ${s.source_id}: ${m}`),
    ...s.falsePositives.map((m) => `  only in the other      ${s.source_id}: ${m}`),
  ]);
  return [
    `== ${label}`,
    ...lines,
    `ALL  articles ${scores.length}  tp ${t.tp} fp ${t.fp} fn ${t.fn}  P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} F1 ${t.f1.toFixed(3)}  details agreed ${t.detailAgreed}/${t.detailFields}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dirA, dirB, articles = 'sources/articles'] = process.argv.slice(2);
  if (!dirA || !dirB) {
    console.error('usage: node --import tsx test/lib/agreement.ts <A annotations dir> <B annotations dir> [articles dir]');
    process.exit(2);
  }
  const textOf = (id: string) => readFileSync(join(articles, `${id}.txt`), 'utf8');
  const a = annotationsIn(dirA);
  const b = annotationsIn(dirB);
  console.log(report(`B as the system, A as the reference (${dirB} against ${dirA})`, agreementScores(a, b, textOf)));
  console.log();
  console.log(report(`A as the system, B as the reference (${dirA} against ${dirB})`, agreementScores(b, a, textOf)));
}
