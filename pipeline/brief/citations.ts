/**
 * What the brief cites, bounded whatever the corpus size. A sentence or a table row that counts many facts cites a
 * deterministic selection of them (the earliest and latest, the largest amounts …) and says how many more there are
 * and where a reader finds them ("and 43 more: csv/events.csv, category = visit"). Only the facts cited get a note in
 * the annex, numbered in print order (theme, then date), so the annex is bounded too.
 */
import type { Row } from '../lib/records.ts';
import { type Facts, str } from './facts.ts';
import { formatRefs } from './format.ts';

/** The most facts a key finding cites. */
export const maxFindingNotes = 8;
/** The most facts a row of a summary table cites. */
export const maxRowNotes = 3;

/** A selection of facts cited for a claim about more of them: the facts cited, how many more, where the rest are. */
export interface Citation {
  /** The facts cited, in the selection's order (distinct). */
  events: Row[];
  /** How many of the items counted are not cited (items: facts, or rows of the table the filter names). */
  more: number;
  /** Where a reader finds all the items: "csv/events.csv, category = visit". */
  filter: string;
}

/** The first `limit` items of a ranked list, by their facts, and how many items are left. */
export function boundedCitation<T>(ranked: T[], eventOf: (item: T) => Row, limit: number, filter: string): Citation {
  const shown = ranked.slice(0, limit);
  return { events: distinct(shown.map(eventOf)), more: Math.max(0, ranked.length - shown.length), filter };
}

/** Facts without repeats, first occurrence kept. */
export function distinct(events: Row[]): Row[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(String(e.event_id)) && Boolean(seen.add(String(e.event_id))));
}

/**
 * The earliest and the latest dated facts of a list in print order (half of `limit` each), then undated ones only
 * when there are too few dated: what backs a sentence that gives a period ("1995 – 4 June 2025").
 */
export function endsFirst(events: Row[], limit: number): Row[] {
  const dated = events.filter((e) => str(e, 'date') !== null);
  const undated = events.filter((e) => str(e, 'date') === null);
  if (dated.length <= limit) return [...dated, ...undated].slice(0, limit);
  const head = Math.ceil(limit / 2);
  return [...dated.slice(0, head), ...dated.slice(dated.length - (limit - head))];
}

/** Note numbers of the facts the brief cites: collected on a first pass over the content, numbered, then read. */
export class NoteRegister {
  private readonly cited = new Set<string>();
  private numbers: Map<string, number> | null = null;

  constructor(private readonly facts: Facts) {}

  /** The note numbers of some facts; before `number()` they are provisional and the facts are recorded as cited. */
  of(events: Row[]): number[] {
    if (this.numbers === null) {
      for (const e of events) this.cited.add(String(e.event_id));
      return events.map((e) => this.facts.noteOf.get(String(e.event_id))).filter((n): n is number => n !== undefined);
    }
    const numbers = this.numbers;
    return events.map((e) => {
      const n = numbers.get(String(e.event_id));
      if (n === undefined) throw new Error(`the brief cites ${e.event_id} on its second pass only: its content must not depend on note numbers`);
      return n;
    });
  }

  /** Numbers the facts cited so far, in print order (theme, then date): notes 1…N. */
  number(): void {
    this.numbers = new Map(this.annexed().map((e, i) => [String(e.event_id), i + 1]));
  }

  /** The facts with a note, in note order. */
  annexed(): Row[] {
    return this.facts.noted.filter((e) => this.cited.has(String(e.event_id)));
  }
}

/** "[3, 7–9]", "[3, 7–9; 43 more: csv/events.csv, category = visit]", or "[all 318: csv/events.csv]" when none is cited. */
export function citationText(notes: NoteRegister, c: Citation): string {
  const numbers = notes.of(c.events);
  if (numbers.length === 0) return `[${c.more === 1 ? 'the one fact' : `all ${c.more}`}: ${c.filter}]`;
  const refs = formatRefs(numbers);
  return c.more > 0 ? `${refs.slice(0, -1)}; ${c.more} more: ${c.filter}]` : refs;
}

/** A table's note cell: "[4, 9, 12]" and "+ 5 more" for the rest (the table's lead says where they are). */
export function noteCellText(notes: NoteRegister, c: Citation): string {
  const numbers = notes.of(c.events);
  if (numbers.length === 0) return '';
  return `${formatRefs(numbers)}${c.more > 0 ? ` and ${c.more} more` : ''}`;
}
