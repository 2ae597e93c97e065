/**
 * "Trends by period": the corpus summed up in three tables that stay short whatever the number of facts —
 * visits, signings of agreements and sum-safe money per five-year period; sum-safe finance and aid by year and
 * provider; the trade series. Every row ends with the notes of the facts it counts.
 */
import type { Row } from '../lib/records.ts';
import { type Facts, str, num, nameOf, notesOf } from './facts.ts';
import { formatAmount, formatDate, formatRefs, kindLabel, listJoin, plural } from './format.ts';
import { indicatorSentence } from './findings.ts';
import type { Table } from './sections.ts';
import { leftOutReasons } from '../lib/sums.ts';

/** Length of a period of the trends table, in years. */
export const periodYears = 5;
/** The most trade figures listed (the latest ones). */
export const maxTradeRows = 16;

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

/** Visits by direction, signings of agreements and sum-safe money, per period (undated last). */
export function periodTable(facts: Facts): Table | null {
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
    const counted = [...v, ...s, ...m.map(({ event }) => event)];
    return { p, cells: [p, String(ab), String(ba), String(v.length - ab - ba), String(s.length), m.length ? `US$${formatAmount(usd)} (${m.length})` : '–', formatRefs(notesOf(facts, counted))], n: counted.length };
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

/** Sum-safe finance and aid by year and lender (else provider country); the second value is what was left out, in words. */
export function lendingTable(facts: Facts): { table: Table; leftOut: string } | null {
  const safe = sumSafe(facts);
  if (safe.length === 0) return null;
  const groups = new Map<string, { year: string; provider: string; rows: { event: Row; r: Row }[] }>();
  for (const row of safe) {
    const year = yearOf(row.event) === null ? 'Undated' : String(yearOf(row.event));
    // The lender organisation when the text names one, else the provider country.
    const country = nameOf(facts, str(row.r, 'provider'));
    const provider = str(row.r, 'lender') ?? (country ? `${country} (no lender named)` : 'Not named');
    const k = `${year === 'Undated' ? '9999' : year}|${provider}`;
    (groups.get(k) ?? groups.set(k, { year, provider, rows: [] }).get(k)!).rows.push(row);
  }
  const rows = [...groups.keys()].sort().map((k) => {
    const g = groups.get(k)!;
    const usd = g.rows.reduce((s, { r }) => s + (num(r, 'amount_usd') ?? 0), 0);
    const kinds = listJoin([...new Set(g.rows.map(({ r }) => kindLabel(str(r, 'type')).toLowerCase()))]);
    return [g.year, g.provider, kinds, `US$${formatAmount(usd)}`, formatRefs(notesOf(facts, g.rows.map(({ event }) => event)))];
  });
  const total = safe.reduce((s, { r }) => s + (num(r, 'amount_usd') ?? 0), 0);
  rows.push(['All years', '', plural(safe.length, ['amount', 'amounts']), `US$${formatAmount(total)}`, '']);
  const rows_ = financeRows(facts).map(({ r }) => r);
  const noUsd = rows_.filter((r) => r.sum_safe !== true && num(r, 'amount_usd') === null).length;
  const reasons = leftOutReasons(rows_);
  const leftOut = `Only sum-safe rows are added up, by lender where the text names one (else by provider country)${reasons ? `; left out: ${reasons}` : ''}; ${plural(noUsd, ['row has', 'rows have'])} no amount in US dollars.`;
  return {
    table: {
      columns: [
        { header: 'Year', width: 0.1 },
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
export function tradeTable(facts: Facts): { table: Table; shown: number; all: number } | null {
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
        { header: 'Period', width: 0.14 },
        { header: 'Figure', width: 0.74 },
        { header: 'Note', width: 0.12, align: 'right' },
      ],
      rows: latest.map((x) => [when(x) ? formatDate(when(x)) : 'Not stated', sentence(x), formatRefs(notesOf(facts, [x.e])).replace(/[[\]]/g, '')]),
    },
    shown: latest.length,
    all: rows.length,
  };
}

/** Where sources disagree about the same event: each value with its source and note (null when they never do). */
export function conflictsTable(facts: Facts, keys: Map<string, string>): Table | null {
  const rows = facts.records.tables.conflicts ?? [];
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => String(a.event_id).localeCompare(String(b.event_id)) || String(a.conflict_id).localeCompare(String(b.conflict_id)));
  return {
    columns: [
      { header: 'Event', width: 0.2 },
      { header: 'Field', width: 0.14 },
      { header: 'Value', width: 0.2 },
      { header: 'Source', width: 0.12 },
      { header: 'Published value', width: 0.16 },
      { header: 'Note', width: 0.18, align: 'right' },
    ],
    rows: sorted.map((c) => [
      String(c.event_id),
      String(c.field),
      String(c.value ?? ''),
      `${keys.get(String(c.source_id)) ?? String(c.source_id)}, characters ${c.char_start}–${c.char_end}`,
      c.is_published_value ? 'yes' : 'no',
      String(facts.noteOf.get(String(c.event_id)) ?? ''),
    ]),
  };
}
