/**
 * The records indexed for the brief: events by theme in print order, their detail rows, entity and
 * source names, and the note number of every fact (notes are numbered in the order the facts are printed).
 */
import type { RecordsFile, Row } from '../lib/records.ts';
import { themes, type ThemeId } from './labels.ts';
import { formatDate, formatDateRange } from './format.ts';
import { arrowOf, shownDate } from '../lib/marks.ts';
import { releaseOf } from '../lib/release.ts';

export interface Facts {
  records: RecordsFile;
  /** Events of each theme, dated first in date order, then undated, in reading order of the source. */
  byTheme: Map<ThemeId, Row[]>;
  /** Detail rows by event_id, per detail table. */
  details: Record<'visits' | 'agreements' | 'finance' | 'indicators', Map<string, Row[]>>;
  /** Note number of every event (1-based, in print order). */
  noteOf: Map<string, number>;
  /** Events in note order. */
  noted: Row[];
  names: Map<string, string>;
  sources: Map<string, Row>;
  /** The two countries the facts are most about (most frequent actors), by code. */
  focus: string[];
  /** The release (lib/release.ts), when known before the records are indexed; else computed once when asked (releaseOfFacts). */
  release?: string;
}

/** A string field of a row, or null. */
export function str(row: Row | undefined, key: string): string | null {
  const v = row?.[key];
  return v === null || v === undefined ? null : String(v);
}

/** A number field of a row, or null. */
export function num(row: Row | undefined, key: string): number | null {
  const v = row?.[key];
  return typeof v === 'number' ? v : null;
}

/** Orders facts by date (undated last), then where they appear in their source. */
function byDateThenPosition(a: Row, b: Row): number {
  const da = str(a, 'date');
  const db = str(b, 'date');
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const sa = str(a, 'source_id') ?? '';
  const sb = str(b, 'source_id') ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return (num(a, 'char_start') ?? 0) - (num(b, 'char_start') ?? 0) || String(a.event_id).localeCompare(String(b.event_id));
}

/** Detail rows grouped by event_id. */
function groupByEvent(rows: Row[] | undefined): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const id = String(row.event_id);
    map.set(id, [...(map.get(id) ?? []), row]);
  }
  return map;
}

/** The countries acting most often in the events (at least one, at most two). */
function focusCountries(events: Row[]): string[] {
  const counts = new Map<string, { all: number; acting: number }>();
  for (const e of events) {
    for (const [c, acting] of [[str(e, 'actor_1'), 1], [str(e, 'actor_2'), 0]] as const) {
      if (!c) continue;
      const n = counts.get(c) ?? { all: 0, acting: 0 };
      counts.set(c, { all: n.all + 1, acting: n.acting + acting });
    }
  }
  return [...counts].sort((a, b) => b[1].all - a[1].all || b[1].acting - a[1].acting || a[0].localeCompare(b[0])).slice(0, 2).map(([c]) => c);
}

/**
 * Indexes the records for the brief. `release`: the records' release when the reader computed it (the brief reads the
 * records without their mentions, so it cannot hash them again).
 */
export function indexFacts(records: RecordsFile, release?: string): Facts {
  const events = records.tables.events ?? [];
  const byTheme = new Map<ThemeId, Row[]>();
  for (const theme of themes) {
    const cats: readonly string[] = theme.categories;
    byTheme.set(theme.id, events.filter((e) => cats.includes(String(e.category))).sort(byDateThenPosition));
  }
  const noted = [...byTheme.values()].flat();
  return {
    records,
    byTheme,
    details: {
      visits: groupByEvent(records.tables.visits),
      agreements: groupByEvent(records.tables.agreements),
      finance: groupByEvent(records.tables.finance),
      indicators: groupByEvent(records.tables.indicators),
    },
    noteOf: new Map(noted.map((e, i) => [String(e.event_id), i + 1])),
    noted,
    names: new Map((records.tables.entities ?? []).map((e) => [String(e.entity_id), String(e.name)])),
    sources: new Map((records.tables.sources ?? []).map((s) => [String(s.source_id), s])),
    focus: focusCountries(events),
    ...(release ? { release } : {}),
  };
}

/** The release of the records ("2026-01-27+8d5be436"), computed at most once. */
export function releaseOfFacts(facts: Facts): string {
  return (facts.release ??= releaseOf(facts.records));
}

/** The entity's reference name ("BLR" → "Belarus"), or the code itself when unknown. */
export function nameOf(facts: Facts, id: string | null): string {
  return id ? facts.names.get(id) ?? id : '';
}

/** "China, Belarus" from "CHN; BLR". */
export function namesOfList(facts: Facts, ids: string | null): string[] {
  return (ids ?? '').split(';').map((s) => s.trim()).filter(Boolean).map((id) => nameOf(facts, id));
}

/** "China → Belarus", "Belarus ↔ China" for a mutual act, or one name when there is no second actor. */
export function direction(facts: Facts, event: Row): string {
  const a = nameOf(facts, str(event, 'actor_1'));
  const b = str(event, 'actor_2');
  return b ? `${a} ${arrowOf(event)} ${nameOf(facts, b)}` : a;
}

/** The note numbers of some events. */
export function notesOf(facts: Facts, events: Row[]): number[] {
  return events.map((e) => facts.noteOf.get(String(e.event_id))).filter((n): n is number => n !== undefined);
}

/** The earliest and latest dates among the events (ISO strings), or nulls when none is dated. */
export function dateRange(events: Row[]): [string | null, string | null] {
  const dates = events.map((e) => str(e, 'date')).filter((d): d is string => d !== null).sort();
  return [dates[0] ?? null, dates[dates.length - 1] ?? null];
}

/** A short citation of a source: “Title”, Author, Publisher, March 2011. */
export function sourceCitation(source: Row | undefined): string {
  if (!source) return 'unknown source';
  const parts = [`“${str(source, 'title')}”`, str(source, 'author'), str(source, 'publisher'), formatDate(str(source, 'published'))];
  return parts.filter(Boolean).join(', ');
}

/** The date cell of a fact: the readable date or range (≈ before it when inferred, "every year since" when it recurs), or "Undated" with the source's own words when it has some. */
export function dateCell(event: Row): string {
  const shown = shownDate(event, formatDate, formatDateRange);
  const said = str(event, 'date_text');
  return shown ? shown.replace(/^(≈ )?every/, (_, sign = '') => `${sign}Every`) : said ? `Undated (“${said}”)` : 'Undated';
}
