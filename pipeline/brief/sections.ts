/**
 * One section per theme, as a table of its facts (visits, agreements, finance and aid get their
 * detail columns; the others quote the passage). A theme with no facts has no section.
 */
import type { Row } from '../lib/records.ts';
import { themes, categories, type ThemeId } from './labels.ts';
import { type Facts, str, num, nameOf, namesOfList, direction, dateCell, dateRange } from './facts.ts';
import { formatMoney, formatUsd, formatOriginal, formatPeriod, kindLabel, plural, listJoin, sentenceStart } from './format.ts';
import { indicatorSentence } from './findings.ts';
import { qualifiedCount } from '../lib/marks.ts';
import type { NoteRegister } from './citations.ts';

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
}

export interface Table {
  columns: Column[];
  rows: string[][];
  /** The last row is a total, set in bold. */
  total?: boolean;
}

export interface Section {
  id: ThemeId;
  title: string;
  lead: string;
  table: Table;
}

/** The note number cell of a fact (the fact is cited: it gets a note). */
function noteCell(notes: NoteRegister, event: Row): string {
  return String(notes.of([event])[0] ?? '');
}

/** A passage as printed in a table: on one line, cut at a word after 150 characters, three lines of the column (the note has it whole). */
export function quoteCell(quote: string | null, limit = 150): string {
  const flat = (quote ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return `“${flat}”`;
  const cut = flat.slice(0, limit).replace(/\s+\S*$/, '');
  return `“${cut} …”`;
}

/** Visits: date, visitor, role, direction, details. */
function visitsTable(facts: Facts, events: Row[], notes: NoteRegister): Table {
  const rows = events.map((e) => {
    const v = facts.details.visits.get(String(e.event_id))?.[0];
    const from = nameOf(facts, str(v, 'from_country') ?? str(e, 'actor_1'));
    const to = nameOf(facts, str(v, 'to_country') ?? str(e, 'actor_2'));
    const city = str(v, 'city');
    const details = [
      num(v, 'duration_days') !== null ? plural(num(v, 'duration_days')!, ['day', 'days']) : null,
      num(v, 'delegation_size') !== null ? `delegation of ${num(v, 'delegation_size')}` : null,
      str(v, 'delegation'),
    ].filter(Boolean);
    return [dateCell(e), str(v, 'visitor') ?? '', str(v, 'visitor_role') ?? '', `${from} → ${to}${city ? ` (${city})` : ''}`, details.join('; '), noteCell(notes, e)];
  });
  return {
    columns: [
      { header: 'Date', width: 0.14 },
      { header: 'Visitor', width: 0.17 },
      { header: 'Role', width: 0.2 },
      { header: 'Direction', width: 0.2 },
      { header: 'Details', width: 0.23 },
      { header: 'Note', width: 0.06, align: 'right' },
    ],
    rows,
  };
}

/** Agreements: date, what was signed, value, signatories. */
function agreementsTable(facts: Facts, events: Row[], notes: NoteRegister): Table {
  const rows = events.map((e) => {
    const a = facts.details.agreements.get(String(e.event_id))?.[0];
    const count = num(a, 'count');
    const what = [count !== null ? qualifiedCount(count, str(a, 'count_qualifier')) : null, str(a, 'description')].filter(Boolean).join(' ') || kindLabel(str(e, 'subtype'));
    return [dateCell(e), `${what} (${direction(facts, e).replace(/ [→↔] /, ' and ')})`, formatMoney(num(a, 'value_usd'), num(a, 'value'), str(a, 'currency')) ?? 'not stated', (str(a, 'signatories') ?? '').split('; ').join(', '), noteCell(notes, e)];
  });
  return {
    columns: [
      { header: 'Date', width: 0.14 },
      { header: 'Signed', width: 0.3 },
      { header: 'Stated value', width: 0.2 },
      { header: 'Signatories', width: 0.3 },
      { header: 'Note', width: 0.06, align: 'right' },
    ],
    rows,
  };
}

/**
 * Finance and aid: date, kind (with the status stated and the project), provider (the lender when named), recipients,
 * US dollars (marked when left out of the sums) and the amount as stated.
 */
function financeTable(facts: Facts, events: Row[], notes: NoteRegister): Table {
  const rows = events.map((e) => {
    const f = facts.details.finance.get(String(e.event_id))?.[0];
    const project = str(f, 'project');
    const status = str(f, 'status');
    const kind = `${kindLabel(str(f, 'type') ?? str(e, 'subtype'))}${status ? ` (${status})` : ''}`;
    const recipients = f ? namesOfList(facts, str(f, 'recipients')) : [nameOf(facts, str(e, 'actor_2'))];
    const usd = formatUsd(num(f, 'amount_usd'));
    const summed = f?.sum_safe === true || !usd ? '' : ' (not summed)';
    const stated = formatOriginal(num(f, 'amount'), str(f, 'currency'));
    const provider = str(f, 'lender') ?? nameOf(facts, str(f, 'provider') ?? str(e, 'actor_1'));
    return [dateCell(e), project ? `${kind}: ${project}` : kind, provider, listJoin(recipients.filter(Boolean)), usd ? `${usd}${summed}` : '–', stated ?? '–', noteCell(notes, e)];
  });
  return {
    columns: [
      { header: 'Date', width: 0.13 },
      { header: 'Kind', width: 0.24 },
      { header: 'Lender or provider', width: 0.17 },
      { header: 'Recipients', width: 0.13 },
      { header: 'US dollars', width: 0.14, align: 'right' },
      { header: 'As stated', width: 0.13, align: 'right' },
      { header: 'Note', width: 0.06, align: 'right' },
    ],
    rows,
  };
}

/** Trade: date, what, the figure when there is one, the passage. */
function tradeTable(facts: Facts, events: Row[], notes: NoteRegister): Table {
  const rows = events.map((e) => {
    const i = facts.details.indicators.get(String(e.event_id))?.[0];
    const what = i ? indicatorSentence(facts, i) : `${kindLabel(str(e, 'subtype'))} (${direction(facts, e)})`;
    return [dateCell(e), what.charAt(0).toUpperCase() + what.slice(1), quoteCell(str(e, 'quote')), noteCell(notes, e)];
  });
  return {
    columns: [
      { header: 'Date', width: 0.14 },
      { header: 'Fact', width: 0.3 },
      { header: 'What the source says', width: 0.5 },
      { header: 'Note', width: 0.06, align: 'right' },
    ],
    rows,
  };
}

/** Any other theme: date, kind, who, and the passage. */
function quotedTable(facts: Facts, events: Row[], notes: NoteRegister): Table {
  const rows = events.map((e) => [dateCell(e), kindLabel(str(e, 'subtype')), direction(facts, e), quoteCell(str(e, 'quote')), noteCell(notes, e)]);
  return {
    columns: [
      { header: 'Date', width: 0.14 },
      { header: 'Kind', width: 0.15 },
      { header: 'Countries', width: 0.15 },
      { header: 'What the source says', width: 0.5 },
      { header: 'Note', width: 0.06, align: 'right' },
    ],
    rows,
  };
}

const tableFor: Record<string, (facts: Facts, events: Row[], notes: NoteRegister) => Table> = {
  visits: visitsTable,
  agreements: agreementsTable,
  finance: financeTable,
  trade: tradeTable,
};

/** One line on top of a section: how many facts of which kinds, over which period. */
function leadOf(events: Row[], cats: readonly string[]): string {
  const parts = cats
    .map((cat) => [cat, events.filter((e) => e.category === cat).length] as const)
    .filter(([, n]) => n > 0)
    .map(([cat, n]) => plural(n, categories[cat].noun));
  const [first, last] = dateRange(events);
  const undated = events.filter((e) => str(e, 'date') === null).length;
  const period = first ? `, ${formatPeriod(first, last)}` : '';
  const undatedText = undated && first ? ` (${undated} undated)` : '';
  return sentenceStart(`${listJoin(parts)}${period}${undatedText}.`);
}

/** The most facts a theme's table lists in the main text: the latest dated ones (all are in the notes). */
export const maxThemeRows = 5;

/** The facts a theme's table lists: the latest maxThemeRows dated facts, in date order (undated ones only to fill up). */
export function listedFacts(events: Row[]): Row[] {
  if (events.length <= maxThemeRows) return events;
  const dated = events.filter((e) => str(e, 'date') !== null);
  const undated = events.filter((e) => str(e, 'date') === null);
  return [...dated.slice(-maxThemeRows), ...undated.slice(0, Math.max(0, maxThemeRows - dated.length))];
}

/** What a shortened table says about the facts it leaves out, and where a reader finds them all. */
function restOf(events: Row[], listed: Row[], cats: readonly string[]): string {
  if (listed.length === events.length) return '';
  return ` The table lists the latest ${listed.length}; all ${events.length} are rows of csv/events.csv, category = ${listJoin([...cats], 'or')}.`;
}

/** The theme sections that have facts, in print order; each fact a table lists gets a note. */
export function themeSections(facts: Facts, notes: NoteRegister): Section[] {
  return themes
    .map((theme) => ({ theme, events: facts.byTheme.get(theme.id) ?? [] }))
    .filter(({ events }) => events.length > 0)
    .map(({ theme, events }) => {
      const listed = listedFacts(events);
      return { id: theme.id, title: theme.title, lead: leadOf(events, theme.categories) + restOf(events, listed, theme.categories), table: (tableFor[theme.id] ?? quotedTable)(facts, listed, notes) };
    });
}
