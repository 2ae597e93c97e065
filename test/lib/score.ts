/**
 * Scores extracted records against hand annotations (test/fixtures/annotations/<source_id>.json):
 * one-to-one matching of events to annotated facts, precision / recall / F1, the misses and false
 * positives in words, disagreements in the detail rows, and events drawn from `not_facts` passages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointIndexer, sliceCodePoints } from '../../pipeline/lib/text.ts';
import type { Row } from '../../pipeline/lib/records.ts';

type DateValue = string | null;

/** One fact a reader finds in the article, as annotated by hand. */
export interface AnnotatedFact {
  category: string;
  /** ISO 8601 at the precision the text gives, or null when undated. */
  date: DateValue;
  actor_1: string;
  actor_2: string | null;
  subtype?: string;
  /** Exact text of the article stating the fact; several passages when the article states it more than once. */
  evidence: string | string[];
  /** Fields of the fact's detail row (visits, agreements, finance or indicators) to compare; arrays compare as '; '-separated sets. */
  details?: Record<string, string | number | null | string[]>;
  /** A doubtful fact: neither a miss when absent nor a false positive when extracted. */
  optional?: boolean;
  /** Other dates a careful reader could also assign (e.g. "2007" for "during the 2007-11 visit"). */
  also_dates?: DateValue[];
  /** Other categories a careful reader could also assign. */
  also_categories?: string[];
  note?: string;
}

export interface Annotation {
  source_id: string;
  facts: AnnotatedFact[];
  /** Exact passages of the article that must yield no fact (forecasts, third countries, byline, boilerplate). */
  not_facts: string[];
}

/** The tables the scorer reads: events plus, when present, the detail tables and mentions. */
export type ScoredTables = { events: Row[] } & Partial<Record<'visits' | 'agreements' | 'finance' | 'indicators' | 'mentions', Row[]>>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Annotated detail fields compared on matched facts, and how many agreed. */
  detailFields: number;
  detailAgreed: number;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  /** Share of annotated detail fields the matched detail rows agree with (1 when none compared). */
  detailAccuracy: number;
}

export interface ArticleScore extends Counts, Rates {
  source_id: string;
  /** Facts the extraction did not find, described for a reader. */
  misses: string[];
  /** Extracted events that match no annotated fact. */
  falsePositives: string[];
  /** Matched facts whose detail row disagrees with the annotation. */
  detailMismatches: string[];
  /** Events drawn from a not_facts passage. */
  notFactViolations: string[];
  /** Pairs matched: index into annotation.facts → event_id. */
  matches: { fact: number; event_id: string }[];
}

/** The annotations in a folder, one <source_id>.json each, by file name. */
export function readAnnotations(dir: string): Annotation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Annotation);
}

/** A half-open range of Unicode code points. */
interface Span {
  start: number;
  end: number;
}

const DETAIL_TABLES = ['visits', 'agreements', 'finance', 'indicators'] as const;

/** Categories whose actors have a direction (actor_1 acts on actor_2); the others compare as sets. */
const DIRECTED = new Set(['visit', 'finance', 'aid', 'investment', 'political_support', 'un_vote']);

/** Where each passage stands in `text`, in code points; throws when a passage is not in the text. */
export function spansOf(text: string, passages: string[]): Span[] {
  const toCodePoint = codePointIndexer(text);
  return passages.map((p) => {
    const at = text.indexOf(p);
    if (at < 0) throw new Error(`passage not found in the article: "${p}"`);
    return { start: toCodePoint(at), end: toCodePoint(at + p.length) };
  });
}

/** Problems with an annotation's passages: each evidence and not_facts string must occur exactly once in the text. */
export function passageProblems(text: string, annotation: Annotation): string[] {
  const passages = [...annotation.facts.flatMap((f) => evidenceOf(f)), ...annotation.not_facts];
  return passages.flatMap((p) => {
    const n = text.split(p).length - 1;
    return n === 1 ? [] : [`${annotation.source_id}: "${p}" occurs ${n} times in the article (must be exactly once)`];
  });
}

/** Events whose quote is not the text at [char_start, char_end) in code points. */
export function quoteProblems(text: string, rows: Row[]): string[] {
  return rows.flatMap((r) => {
    const actual = sliceCodePoints(text, Number(r.char_start), Number(r.char_end));
    return actual === r.quote ? [] : [`${r.event_id ?? r.mention_id}: quote "${clip(String(r.quote))}" but the text at [${r.char_start}, ${r.char_end}) is "${clip(actual)}"`];
  });
}

/** Scores one article's extracted records (all sources' tables may be passed; rows are filtered by source). */
export function scoreArticle(text: string, annotation: Annotation, tables: ScoredTables): ArticleScore {
  // An event several sources state is quoted from its first source; it counts for every article with a passage of it.
  const own = (r: Row) => r.source_id === annotation.source_id;
  const mentions = (tables.mentions ?? []).filter(own);
  const mentioned = new Set(mentions.map((m) => String(m.event_id)));
  const events = tables.events.filter((e) => own(e) || mentioned.has(String(e.event_id)));
  const detailOf = detailIndex(tables);
  const eventSpans = spansByEvent(events, mentions, annotation.source_id);
  const factSpans = annotation.facts.map((f) => spansOf(text, evidenceOf(f)));

  const matched = matchFacts(annotation.facts, factSpans, events, eventSpans, detailOf, annotation.source_id);
  const factToEvent = new Map(matched.map((m) => [m.fact, m.event]));
  const eventMatched = new Set(matched.map((m) => m.event));

  const required = annotation.facts.map((f, i) => ({ f, i })).filter(({ f }) => !f.optional);
  const unmatchedIdx = events.map((_, j) => j).filter((j) => !eventMatched.has(j));
  const unmatched = unmatchedIdx.map((j) => events[j]);
  const misses = required
    .filter(({ i }) => !factToEvent.has(i))
    .map(({ f, i }) => describeFact(f) + nearMiss(f, unmatchedIdx.filter((j) => anyOverlap(factSpans[i], eventSpans[j])).map((j) => events[j])));
  const tp = required.filter(({ i }) => factToEvent.has(i)).length;

  const details = required.filter(({ i }) => factToEvent.has(i)).map(({ f, i }) => compareDetails(f, detailOf.get(String(events[factToEvent.get(i)!].event_id))));
  const counts: Counts = {
    tp,
    fp: unmatched.length,
    fn: misses.length,
    detailFields: details.reduce((n, d) => n + d.compared, 0),
    detailAgreed: details.reduce((n, d) => n + d.agreed, 0),
  };
  return {
    source_id: annotation.source_id,
    ...counts,
    ...ratesOf(counts),
    misses,
    falsePositives: unmatched.map(describeEvent),
    detailMismatches: details.flatMap((d) => d.mismatches),
    notFactViolations: notFactViolations(text, annotation.not_facts, events, eventSpans, eventMatched),
    matches: matched.map((m) => ({ fact: m.fact, event_id: String(events[m.event].event_id) })),
  };
}

/** Micro-averaged scores over several articles. */
export function overallScore(scores: ArticleScore[]): Counts & Rates {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, detailFields: 0, detailAgreed: 0 };
  for (const s of scores) {
    counts.tp += s.tp;
    counts.fp += s.fp;
    counts.fn += s.fn;
    counts.detailFields += s.detailFields;
    counts.detailAgreed += s.detailAgreed;
  }
  return { ...counts, ...ratesOf(counts) };
}

/** A fixed-width table of the scores, one line per article and a total line. */
export function scoreTable(scores: ArticleScore[]): string {
  const total = overallScore(scores);
  const head = ['article', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'details'];
  const line = (name: string, s: Counts & Rates) => [name, s.tp, s.fp, s.fn, s.precision, s.recall, s.f1, s.detailAccuracy].map((v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v)));
  const rows = [head, ...scores.map((s) => line(s.source_id, s)), line('overall', total)];
  const widths = head.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function ratesOf(c: Counts): Rates {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const detailAccuracy = c.detailFields === 0 ? 1 : c.detailAgreed / c.detailFields;
  return { precision, recall, f1, detailAccuracy };
}

function evidenceOf(f: AnnotatedFact): string[] {
  return Array.isArray(f.evidence) ? f.evidence : [f.evidence];
}

/** The detail row of each event, by event_id. */
function detailIndex(tables: ScoredTables): Map<string, Row> {
  const index = new Map<string, Row>();
  for (const name of DETAIL_TABLES) for (const row of tables[name] ?? []) index.set(String(row.event_id), row);
  return index;
}

/** Each event's passages in one article: its quote when it is quoted from that article, and its mentions there. */
function spansByEvent(events: Row[], mentions: Row[], sourceId: string): Span[][] {
  const byEvent = new Map<string, Span[]>();
  for (const m of mentions) {
    const list = byEvent.get(String(m.event_id)) ?? [];
    list.push({ start: Number(m.char_start), end: Number(m.char_end) });
    byEvent.set(String(m.event_id), list);
  }
  return events.map((e) => [...(e.source_id === sourceId ? [{ start: Number(e.char_start), end: Number(e.char_end) }] : []), ...(byEvent.get(String(e.event_id)) ?? [])]);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const anyOverlap = (as: Span[], bs: Span[]) => as.some((a) => bs.some((b) => overlaps(a, b)));

/**
 * One-to-one matching, greedy: required facts before optional ones; within that, the candidate pair whose
 * detail row agrees best with the annotation first (so "a hospital and a cement factory" pair up right).
 */
function matchFacts(facts: AnnotatedFact[], factSpans: Span[][], events: Row[], eventSpans: Span[][], detailOf: Map<string, Row>, source_id: string): { fact: number; event: number }[] {
  const candidates: { fact: number; event: number; rank: number }[] = [];
  facts.forEach((f, i) =>
    events.forEach((e, j) => {
      const detail = detailOf.get(String(e.event_id));
      if (!isCompatible(f, e, detail, e.source_id !== source_id) || !anyOverlap(factSpans[i], eventSpans[j])) return;
      candidates.push({ fact: i, event: j, rank: (f.optional ? 0 : 1000) + compareDetails(f, detail).agreed });
    }),
  );
  candidates.sort((a, b) => b.rank - a.rank || a.fact - b.fact || a.event - b.event);
  const usedFacts = new Set<number>();
  const usedEvents = new Set<number>();
  const pairs: { fact: number; event: number }[] = [];
  for (const c of candidates) {
    if (usedFacts.has(c.fact) || usedEvents.has(c.event)) continue;
    usedFacts.add(c.fact);
    usedEvents.add(c.event);
    pairs.push({ fact: c.fact, event: c.event });
  }
  return pairs.sort((a, b) => a.fact - b.fact);
}

/**
 * Same category, a compatible date and the same actors (for visits: the visit row's from/to when there is one). A
 * record quoted from another source (`joined`: the article's passage is one of its mentions) carries the most precise
 * date any of its sources gives: a date within the article's year or month of it is the article's date made precise
 * by the other source ("signed agreements worth $3.5 billion" in 2023 is the signing another report dates 2 March 2023).
 */
export function isCompatible(f: AnnotatedFact, e: Row, detail: Row | undefined, joined = false): boolean {
  const categories = [f.category, ...(f.also_categories ?? [])];
  const dates = [f.date, ...(f.also_dates ?? [])];
  if (!categories.includes(String(e.category))) return false;
  const date = (e.date as DateValue) ?? null;
  if (!dates.includes(date) && !(joined && date !== null && dates.some((d) => d !== null && date.length > d.length && date.startsWith(d)))) return false;
  if (e.category === 'visit' && detail && 'from_country' in detail) {
    const from = f.details?.from_country ?? f.actor_1;
    const to = f.details?.to_country ?? f.actor_2;
    if (detail.from_country !== from || detail.to_country !== to) return false;
  }
  const actors = [e.actor_1 ?? null, e.actor_2 ?? null];
  if (DIRECTED.has(String(e.category))) return actors[0] === f.actor_1 && actors[1] === f.actor_2;
  return sameSet(actors.map(String), [f.actor_1, f.actor_2].map(String));
}

/** How many annotated detail fields the detail row agrees with, and a description of each disagreement. */
function compareDetails(f: AnnotatedFact, row: Row | undefined): { compared: number; agreed: number; mismatches: string[] } {
  const expected = Object.entries(f.details ?? {});
  const mismatches = expected
    .filter(([key, want]) => !(row && key in row && sameValue(want, row[key])))
    .map(([key, want]) => `${describeFact(f)}: ${key} is ${row ? JSON.stringify(row[key] ?? null) : '(no detail row)'}, annotated ${JSON.stringify(want)}`);
  return { compared: expected.length, agreed: expected.length - mismatches.length, mismatches };
}

function sameValue(want: string | number | null | string[], got: Row[string]): boolean {
  if (Array.isArray(want)) return typeof got === 'string' && sameSet(got.split(';').map((s) => s.trim()), want);
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  if (typeof want === 'string') return typeof got === 'string' && got.trim().toLowerCase() === want.trim().toLowerCase();
  return got === null || got === undefined;
}

function sameSet(a: string[], b: string[]): boolean {
  const norm = (xs: string[]) => [...xs].map((x) => x.toLowerCase()).sort().join('\u0000');
  return norm(a) === norm(b);
}

/**
 * Events drawn from a not_facts passage: any unmatched event whose passages overlap it, and any event
 * whose quote lies wholly inside it (a matched event may quote a sentence that also holds a forecast).
 */
function notFactViolations(text: string, notFacts: string[], events: Row[], eventSpans: Span[][], matched: Set<number>): string[] {
  const spans = spansOf(text, notFacts);
  return spans.flatMap((nf, k) =>
    events
      .map((e, j) => ({ e, j }))
      .filter(({ e, j }) => (!matched.has(j) && anyOverlap([nf], eventSpans[j])) || (Number(e.char_start) >= nf.start && Number(e.char_end) <= nf.end))
      .map(({ e }) => `"${clip(notFacts[k])}" yielded ${describeEvent(e)}`),
  );
}

/** Why the unmatched events quoting a missed fact's passage were not taken for it, e.g. " (nearest: ev-… date undated ≠ 2011)". */
function nearMiss(f: AnnotatedFact, overlapping: Row[]): string {
  const e = overlapping.find((x) => [f.category, ...(f.also_categories ?? [])].includes(String(x.category))) ?? overlapping[0];
  if (!e) return '';
  const why = [
    ![f.category, ...(f.also_categories ?? [])].includes(String(e.category)) && `category ${e.category}`,
    ![f.date, ...(f.also_dates ?? [])].includes((e.date as DateValue) ?? null) && `date ${e.date ?? 'undated'} ≠ ${f.date ?? 'undated'}`,
    !(e.actor_1 === f.actor_1 && (e.actor_2 ?? null) === f.actor_2) && `actors ${e.actor_1}→${e.actor_2 ?? '–'}`,
  ].filter(Boolean);
  return ` (nearest: ${e.event_id}${why.length ? ` ${why.join(', ')}` : ' (its visits row has other from/to countries)'})`;
}

function describeFact(f: AnnotatedFact): string {
  return `${f.category} ${f.date ?? 'undated'} ${f.actor_1}→${f.actor_2 ?? '–'}: "${clip(evidenceOf(f)[0])}"`;
}

function describeEvent(e: Row): string {
  return `${e.event_id} ${e.category}/${e.subtype} ${e.date ?? 'undated'} ${e.actor_1}→${e.actor_2 ?? '–'}: "${clip(String(e.quote))}"`;
}

function clip(s: string, max = 90): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
