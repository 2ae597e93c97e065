/**
 * The records indexed for the site: facts with their names, details and mentions, sources with their
 * texts, and the labels the pages print. Reuses the brief's index and labels so both say the same.
 */
import type { RecordsFile, Row } from '../lib/records.ts';
import { indexFacts, str, num, nameOf, type Facts } from '../brief/facts.ts';
import { categories } from '../brief/labels.ts';
import { formatDate, kindLabel } from '../brief/format.ts';
import { toCodePoints, type TextByCodePoints } from './passages.ts';

export const detailTables = ['visits', 'agreements', 'finance', 'indicators'] as const;
export type DetailTable = (typeof detailTables)[number];

export interface SiteModel {
  records: RecordsFile;
  facts: Facts;
  events: Row[];
  mentionsOf: Map<string, Row[]>;
  /** source_id → its mentions, in the records' order. */
  mentionsIn: Map<string, Row[]>;
  /** event_id → its place in the events table. */
  eventIndex: Map<string, number>;
  texts: Map<string, TextByCodePoints>;
}

/** What each date_basis means, in a reader's words. */
export const basisLabels: Record<string, string> = {
  explicit: 'written in the sentence',
  relative_to_publication: 'resolved against the publication date',
  inferred_from_context: 'inferred from the surrounding text',
  undated: 'no date given',
};

/** The page of a fact and of a source, relative to the site's root. */
export const factHref = (id: string): string => `fact/${encodeURIComponent(id)}.html`;
export const sourceHref = (id: string): string => `source/${encodeURIComponent(id)}.html`;

export const categoryLabel = (cat: string | null): string => (cat ? categories[cat]?.label ?? kindLabel(cat) : '');

/** "China → Belarus", or one name when there is no second actor. */
export function directionOf(model: SiteModel, event: Row): string {
  const a = nameOf(model.facts, str(event, 'actor_1'));
  const b = str(event, 'actor_2');
  return b ? `${a} → ${nameOf(model.facts, b)}` : a;
}

/** The year of a fact's date, or null when undated. */
export const yearOf = (event: Row): number | null => {
  const d = str(event, 'date');
  return d ? Number(d.slice(0, 4)) : null;
};

/** The readable date of a fact, or "Undated". */
export const dateLabel = (event: Row): string => formatDate(str(event, 'date')) || 'Undated';

/** Mentions grouped by event, primary first, then in source order. */
function mentionsByEvent(rows: Row[]): Map<string, Row[]> {
  const map = groupedBy(rows, 'event_id');
  for (const list of map.values()) {
    list.sort((a, b) => Number(b.is_primary) - Number(a.is_primary) || String(a.source_id).localeCompare(String(b.source_id)) || (num(a, 'char_start') ?? 0) - (num(b, 'char_start') ?? 0));
  }
  return map;
}

/** Rows grouped by the value of one column, each group in the rows' order. */
function groupedBy(rows: Row[], column: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row[column]);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/** Indexes the records and the source texts (source_id → text) for the pages. */
export function siteModel(records: RecordsFile, texts: Map<string, string | TextByCodePoints>): SiteModel {
  return {
    records,
    facts: indexFacts(records),
    events: records.tables.events ?? [],
    mentionsOf: mentionsByEvent(records.tables.mentions ?? []),
    mentionsIn: groupedBy(records.tables.mentions ?? [], 'source_id'),
    eventIndex: new Map((records.tables.events ?? []).map((e, i) => [String(e.event_id), i])),
    texts: new Map([...texts].map(([id, t]) => [id, typeof t === 'string' ? toCodePoints(t) : t])),
  };
}
