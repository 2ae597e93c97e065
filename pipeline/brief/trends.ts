/**
 * "Trends by period": the corpus summed up in three tables that stay short whatever the number of facts —
 * visits, signings of agreements and sum-safe money per five-year period; sum-safe finance and aid by year and
 * provider (by provider alone when that would be too many rows); the trade series. Every row ends with the notes
 * of at most maxRowNotes of the facts it counts and how many more there are (the table's lead says where).
 */
import type { Row } from '../lib/records.ts';
import { type Facts, str, num, nameOf } from './facts.ts';
import { formatAmount, formatDate, formatFigurePeriod, formatRefs, kindLabel, listJoin, plural } from './format.ts';
import { byAmount, indicatorSentence } from './findings.ts';
import type { Table } from './sections.ts';
import { leftOutReasons } from '../lib/sums.ts';
import { type Citation, type NoteRegister, boundedCitation, distinct, maxRowNotes, noteCellText } from './citations.ts';

/** Length of a period of the trends table, in years. */
export const periodYears = 5;
/** The most trade figures listed (the latest ones). */
export const maxTradeRows = 16;
/** The most rows of the lending table by year and lender; beyond it the table is by lender alone. */
export const maxLendingRows = 16;
/** The most lenders listed by name in the table by lender; the others share a row. */
export const maxLenders = 12;
/** The most conflicts listed in Annex A (the first by event_id); all are in csv/conflicts.csv. */
export const maxConflictRows = 12;

const yearOf = (e: Row) => (str(e, 'date') ? Number(str(e, 'date')!.slice(0, 4)) : null);

/** "1995–1999" for the period a year falls in. */
function periodOf(year: number): string {
  const start = Math.floor(year / periodYears) * periodYears;
  return `${start}–${start + periodYears - 1}`;
}

/** Finance rows of the noted facts, with their event. */
function financeRows(facts: Facts): { event: Row; r: Row }[] {
  return facts.noted.flatMap((event) => (facts.details.finance.get(String(event.event_id)) ?? []).map((r) => ({ event, r })));
}

/** Rows that may be added up: sum_safe true and a US dollar amount. */
function sumSafe(facts: Facts): { event: Row; r: Row }[] {
  return financeRows(facts).filter(({ r }) => r.sum_safe === true && num(r, 'amount_usd') !== null);
}

/** Visits from → to, by the two focus countries; any other direction counts under "other". */
function visitWay(facts: Facts, e: Row): string {
  const v = facts.details.visits.get(String(e.event_id))?.[0];
  return `${str(v, 'from_country') ?? str(e, 'actor_1')}>${str(v, 'to_country') ?? str(e, 'actor_2')}`;
}

/**
 * Visits by direction, signings of agreements and sum-safe money, per period (undated last). The notes of a row: its
 * first visit, its first signing and its largest amount, and how many more facts the row counts.
 */
export function periodTable(facts: Facts, notes: NoteRegister): Table | null {
  const [a, b] = facts.focus;
  if (!a || !b) return null;
  const visits = facts.noted.filter((e) => e.category === 'visit');
  const signings = facts.noted.filter((e) => e.category === 'agreement');
  const money = sumSafe(facts);
  const all = [...visits, ...signings, ...money.map(({ event }) => event)];
  if (all.length === 0) return null;
  const periods = [...new Set(all.map((e) => yearOf(e)).filter((y): y is number => y !== null).map(periodOf))].sort();
  const key = (e: Row) => (yearOf(e) === null ? 'Undated' : periodOf(yearOf(e)!));
  const rows = [...periods, 'Undated'].map((p) => {
    const v = visits.filter((e) => key(e) === p);
    const ab = v.filter((e) => visitWay(facts, e) === `${a}>${b}`).length;
    const ba = v.filter((e) => visitWay(facts, e) === `${b}>${a}`).length;
    const s = signings.filter((e) => key(e) === p);
    const m = money.filter(({ event }) => key(event) === p);
    const usd = m.reduce((sum, { r }) => sum + (num(r, 'amount_usd') ?? 0), 0);
    const counted = distinct([...v, ...s, ...m.map(({ event }) => event)]);
    // one fact of each column: the first visit, the first signing, the largest amount
    const shown = distinct([v[0], s[0], byAmount(m)[0]?.event].filter((e): e is Row => e !== undefined));
    const cite: Citation = { events: shown, more: counted.length - shown.length, filter: '' };
    return { p, cells: [p, String(ab), String(ba), String(v.length - ab - ba), String(s.length), m.length ? `US$${formatAmount(usd)} (${m.length})` : '–', noteCellText(notes, cite)], n: counted.length };
  }).filter((r) => r.n > 0);
  const [na, nb] = [nameOf(facts, a), nameOf(facts, b)];
  return {
    columns: [
      { header: 'Period', width: 0.1 },
      { header: `Visits ${na} → ${nb}`, width: 0.12, align: 'right' },
      { header: `Visits ${nb} → ${na}`, width: 0.12, align: 'right' },
      { header: 'Other visits', width: 0.08, align: 'right' },
      { header: 'Agreement signings', width: 0.13, align: 'right' },
      { header: 'Finance and aid, sum-safe (amounts)', width: 0.19, align: 'right' },
      { header: 'Notes', width: 0.26 },
    ],
    rows: rows.map((r) => r.cells),
  };
}

type Money = { event: Row; r: Row };

/** The lender organisation when the text names one, else the provider country. */
function lenderOf(facts: Facts, r: Row): string {
  const country = nameOf(facts, str(r, 'provider'));
  return str(r, 'lender') ?? (country ? `${country} (no lender named)` : 'Not named');
}

const usdOf = (rows: Money[]) => rows.reduce((s, { r }) => s + (num(r, 'amount_usd') ?? 0), 0);
const kindsOf = (rows: Money[]) => listJoin([...new Set(rows.map(({ r }) => kindLabel(str(r, 'type')).toLowerCase()))]);

/** A row's notes: its largest amounts (at most maxRowNotes), and how many more. */
function largestCell(notes: NoteRegister, rows: Money[]): string {
  return noteCellText(notes, boundedCitation(byAmount(rows), ({ event }) => event, maxRowNotes, ''));
}

/** Rows by year and lender, in year order (undated last). */
function byYearAndLender(facts: Facts, safe: Money[]): { year: string; provider: string; rows: Money[] }[] {
  const groups = new Map<string, { year: string; provider: string; rows: Money[] }>();
  for (const row of safe) {
    const year = yearOf(row.event) === null ? 'Undated' : String(yearOf(row.event));
    const provider = lenderOf(facts, row.r);
    const k = `${year === 'Undated' ? '9999' : year}|${provider}`;
    (groups.get(k) ?? groups.set(k, { year, provider, rows: [] }).get(k)!).rows.push(row);
  }
  return [...groups.keys()].sort().map((k) => groups.get(k)!);
}

/** Rows by lender, the largest total first; lenders after the first maxLenders share one row. */
function byLender(facts: Facts, safe: Money[]): { years: string; provider: string; rows: Money[] }[] {
  const groups = new Map<string, Money[]>();
  for (const row of safe) {
    const k = lenderOf(facts, row.r);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(row);
  }
  const ranked = [...groups].sort((a, b) => usdOf(b[1]) - usdOf(a[1]) || a[0].localeCompare(b[0]));
  const named = ranked.slice(0, ranked.length > maxLenders ? maxLenders - 1 : maxLenders);
  const others = ranked.slice(named.length);
  const span = (rows: Money[]) => {
    const years = rows.map(({ event }) => yearOf(event)).filter((y): y is number => y !== null).sort((a, b) => a - b);
    return years.length === 0 ? 'Undated' : years[0] === years[years.length - 1] ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
  };
  const rows = named.map(([provider, rows]) => ({ years: span(rows), provider, rows }));
  if (others.length) {
    const rest = others.flatMap(([, r]) => r);
    rows.push({ years: span(rest), provider: `${others.length} other lenders or providers`, rows: rest });
  }
  return rows;
}

/**
 * Sum-safe finance and aid by year and lender (else provider country), or by lender alone when that would take more
 * than maxLendingRows rows; the second value is what was left out and how to read the table, in words.
 */
export function lendingTable(facts: Facts, notes: NoteRegister): { table: Table; leftOut: string } | null {
  const safe = sumSafe(facts);
  if (safe.length === 0) return null;
  const yearly = byYearAndLender(facts, safe);
  const perLender = yearly.length > maxLendingRows;
  const rows = perLender
    ? byLender(facts, safe).map((g) => [g.years, g.provider, kindsOf(g.rows), `US$${formatAmount(usdOf(g.rows))}`, largestCell(notes, g.rows)])
    : yearly.map((g) => [g.year, g.provider, kindsOf(g.rows), `US$${formatAmount(usdOf(g.rows))}`, largestCell(notes, g.rows)]);
  rows.push(['All years', '', plural(safe.length, ['amount', 'amounts']), `US$${formatAmount(usdOf(safe))}`, '']);
  const rows_ = financeRows(facts).map(({ r }) => r);
  const noUsd = rows_.filter((r) => r.sum_safe !== true && num(r, 'amount_usd') === null).length;
  const reasons = leftOutReasons(rows_);
  const grouping = perLender
    ? `by lender where the text names one (else by provider country), the largest total first (by year and lender it would take ${yearly.length} rows: the chart shows the years)`
    : 'by lender where the text names one (else by provider country)';
  // said only when a row cites fewer amounts than it adds up
  const where = rows.some((r) => r[4].includes('more')) ? ' A row’s notes are its largest amounts; every amount is a row of csv/finance.csv with sum_safe = true.' : '';
  const leftOut = `Only sum-safe rows are added up, ${grouping}${reasons ? `; left out: ${reasons}` : ''}; ${plural(noUsd, ['row has', 'rows have'])} no amount in US dollars.${where}`;
  return {
    table: {
      columns: [
        { header: perLender ? 'Years' : 'Year', width: 0.1 },
        { header: 'Lender or provider', width: 0.3 },
        { header: 'Kinds', width: 0.24 },
        { header: 'US dollars', width: 0.14, align: 'right' },
        { header: 'Notes', width: 0.22 },
      ],
      rows,
      total: true,
    },
    leftOut,
  };
}

/** The trade series: every trade figure, by the period it refers to (the latest maxTradeRows). */
export function tradeTable(facts: Facts, notes: NoteRegister): { table: Table; shown: number; all: number } | null {
  const rows = facts.noted.filter((e) => e.category === 'trade').flatMap((e) => (facts.details.indicators.get(String(e.event_id)) ?? []).map((r) => ({ e, r })));
  if (rows.length === 0) return null;
  const when = ({ e, r }: { e: Row; r: Row }) => str(r, 'period') ?? str(e, 'date') ?? '';
  const sorted = rows.sort((x, y) => when(x).localeCompare(when(y)) || String(x.e.event_id).localeCompare(String(y.e.event_id)));
  const latest = sorted.slice(-maxTradeRows);
  const sentence = (x: { e: Row; r: Row }) => {
    const t = indicatorSentence(facts, x.r);
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  return {
    table: {
      columns: [
        { header: 'Period', width: 0.18 }, // "27 January 2026" on one line
        { header: 'Figure', width: 0.70 },
        { header: 'Note', width: 0.12, align: 'right' },
      ],
      rows: latest.map((x) => [when(x) ? formatFigurePeriod(when(x)) : 'Not stated', sentence(x), formatRefs(notes.of([x.e])).replace(/[[\]]/g, '')]),
    },
    shown: latest.length,
    all: rows.length,
  };
}

/**
 * Where sources disagree about the same event: each value with its source and note, the first maxConflictRows by
 * event (null when they never do). `listed` are the conflict rows printed (their sources are keyed in Annex B).
 */
export function conflictsTable(facts: Facts, keys: Map<string, string>, notes: NoteRegister): { table: Table; listed: Row[]; all: number } | null {
  const rows = facts.records.tables.conflicts ?? [];
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => String(a.event_id).localeCompare(String(b.event_id)) || String(a.conflict_id).localeCompare(String(b.conflict_id)));
  const listed = sorted.slice(0, maxConflictRows);
  const wanted = new Set(listed.map((c) => String(c.event_id)));
  const events = new Map(facts.noted.filter((e) => wanted.has(String(e.event_id))).map((e) => [String(e.event_id), e]));
  const noteOf = (id: string) => {
    const event = events.get(id);
    return event ? String(notes.of([event])[0] ?? '') : '';
  };
  return {
    table: {
      columns: [
        { header: 'Event', width: 0.2 },
        { header: 'Field', width: 0.14 },
        { header: 'Value', width: 0.2 },
        { header: 'Source', width: 0.12 },
        { header: 'Published value', width: 0.16 },
        { header: 'Note', width: 0.18, align: 'right' },
      ],
      rows: listed.map((c) => [
        String(c.event_id),
        String(c.field),
        String(c.value ?? ''),
        `${keys.get(String(c.source_id)) ?? String(c.source_id)}, characters ${c.char_start}–${c.char_end}`,
        c.is_published_value ? 'yes' : 'no',
        noteOf(String(c.event_id)),
      ]),
    },
    listed,
    all: rows.length,
  };
}
