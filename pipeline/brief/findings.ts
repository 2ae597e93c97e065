/**
 * Key findings: up to eight sentences generated from the records (counts, ranges, the largest amounts,
 * the first and latest events). Each carries every fact it rests on (`notes`, as the site links them) and a bounded
 * citation for print (`citation`: the earliest and latest, or the largest, with how many more and where they are).
 */
import { leftOutReasons } from '../lib/sums.ts';
import type { Row } from '../lib/records.ts';
import { markedDate, qualifiedCount } from '../lib/marks.ts';
import { categories, themes } from './labels.ts';
import { type Facts, str, num, nameOf, namesOfList, notesOf, dateRange } from './facts.ts';
import { formatDate, formatFigurePeriod, formatMoney, formatPeriod, kindLabel, listJoin, ordinal, plural, countWord, formatAmount, sentenceStart } from './format.ts';
import { type Citation, type NoteRegister, boundedCitation, citationText, endsFirst, maxFindingNotes } from './citations.ts';

export interface Finding {
  text: string;
  /** Note numbers (facts.noteOf) of every fact the sentence rests on. */
  notes: number[];
  /** What the brief prints: at most maxFindingNotes facts, and where the rest are. */
  citation: Citation;
}

/** The earliest and latest facts of a list cited, the others counted: for sentences that give a period. */
function citeEnds(events: Row[], filter: string): Citation {
  const shown = endsFirst(events, maxFindingNotes);
  return { events: shown, more: events.length - shown.length, filter };
}

const maxFindings = 8;

/** Events of some categories, in note order. */
function eventsIn(facts: Facts, cats: string[]): Row[] {
  return facts.noted.filter((e) => cats.includes(String(e.category)));
}

/** "7 visits (…), 5 media reports (…) and 3 …": the categories with the most facts. */
function overview(facts: Facts): Finding | null {
  const events = facts.noted;
  if (events.length === 0) return null;
  const counts = new Map<string, number>();
  for (const e of events) counts.set(String(e.category), (counts.get(String(e.category)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  const sources = facts.sources.size;
  const about = facts.focus.map((c) => nameOf(facts, c));
  const [first, last] = dateRange(events);
  const period = first && last && first !== last ? `, dated from ${formatDate(first)} to ${formatDate(last)}` : first ? `, dated ${formatDate(first)}` : '';
  const kinds = listJoin(top.map(([cat, n]) => plural(n, categories[cat]?.noun ?? [cat, cat])));
  return {
    text: `${sources === 1 ? 'The source article states' : `The ${sources} source articles state`} ${events.length} facts about ${listJoin(about)}${period}, in ${counts.size} categories; the largest are ${kinds}.`,
    notes: notesOf(facts, events),
    citation: { events: [], more: events.length, filter: 'csv/events.csv' },
  };
}

/** The earliest and the latest dated facts. */
function firstAndLatest(facts: Facts): Finding | null {
  const dated = facts.noted.filter((e) => str(e, 'date') !== null);
  const [first, last] = dateRange(dated);
  if (!first || !last || first === last) return null;
  const on = (date: string) => dated.filter((e) => str(e, 'date') === date);
  const what = (events: Row[]) => listJoin([...new Set(events.map((e) => kindLabel(str(e, 'subtype')).toLowerCase()))]);
  const firsts = on(first);
  const lasts = on(last);
  return {
    text: `The earliest dated fact is from ${markedDate(firsts[0], formatDate(first))} (${what(firsts)}); the latest is from ${markedDate(lasts[0], formatDate(last))} (${what(lasts)}).`,
    notes: notesOf(facts, [...firsts, ...lasts]),
    citation: citeFirstAndLatest(firsts, lasts, `csv/events.csv, date = ${first} or ${last}`),
  };
}

/** Up to half of maxFindingNotes facts of each end, the earliest's first; the rest counted. */
function citeFirstAndLatest(firsts: Row[], lasts: Row[], filter: string): Citation {
  const half = Math.ceil(maxFindingNotes / 2);
  const shown = [...firsts.slice(0, half), ...lasts.slice(0, maxFindingNotes - Math.min(half, firsts.length))];
  return { events: shown, more: firsts.length + lasts.length - shown.length, filter };
}

/** How many visits, which way, and who visited most. */
function visits(facts: Facts): Finding | null {
  const events = eventsIn(facts, ['visit']);
  if (events.length === 0) return null;
  const rows = events.flatMap((e) => facts.details.visits.get(String(e.event_id)) ?? []);
  const ways = new Map<string, number>();
  for (const e of events) {
    const key = `${nameOf(facts, str(e, 'actor_1'))} to ${nameOf(facts, str(e, 'actor_2'))}`;
    ways.set(key, (ways.get(key) ?? 0) + 1);
  }
  const wayText = listJoin([...ways].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([way, n]) => `${n} from ${way}`));
  const visitors = new Map<string, number>();
  for (const r of rows) if (str(r, 'visitor')) visitors.set(str(r, 'visitor')!, (visitors.get(str(r, 'visitor')!) ?? 0) + 1);
  const [topName, topCount] = [...visitors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  const most = topName && topCount > 1 ? `; ${topName} made the most (${countWord(topCount)})` : '';
  const [first, last] = dateRange(events);
  const period = first ? ` (${formatPeriod(first, last)})` : '';
  return {
    text: sentenceStart(`${plural(events.length, ['high-level visit is', 'high-level visits are'])} recorded${period}: ${wayText}${most}.`),
    notes: notesOf(facts, events),
    citation: citeEnds(events, 'csv/events.csv, category = visit'),
  };
}

/** Agreements signed: how many, on how many occasions, and their stated value. */
function agreements(facts: Facts): Finding | null {
  const events = eventsIn(facts, ['agreement']);
  if (events.length === 0) return null;
  const rows = events.flatMap((e) => facts.details.agreements.get(String(e.event_id)) ?? []);
  const count = rows.reduce((sum, r) => sum + (num(r, 'count') ?? 0), 0);
  // "at least 16", "more than 20": a sum with a bound in it is itself a lower bound.
  const bounded = rows.some((r) => num(r, 'count') !== null && ['at_least', 'more_than', 'about'].includes(String(r.count_qualifier)));
  const atLeast = bounded ? 'at least ' : '';
  const withValue = rows.filter((r) => num(r, 'value_usd') !== null);
  const usd = withValue.reduce((sum, r) => sum + (num(r, 'value_usd') ?? 0), 0);
  if (events.length === 1 && rows.length === 1) {
    const r = rows[0];
    const value = formatMoney(num(r, 'value_usd'), num(r, 'value'), str(r, 'currency'));
    const date = str(r, 'date') ?? str(events[0], 'date');
    const what = `${count > 0 ? `${rows[0].count_qualifier ? qualifiedCount(count, rows[0].count_qualifier, true) : count} agreements` : 'agreements'}${value ? ` worth ${value}` : ''} ${count === 1 ? 'was' : 'were'} signed`;
    const parties = `between ${listJoin([nameOf(facts, str(events[0], 'actor_1')), nameOf(facts, str(events[0], 'actor_2'))].filter(Boolean))}`;
    return { text: date ? `In ${markedDate(events[0], formatDate(date))}, ${what} ${parties}.` : sentenceStart(`${what} ${parties}.`), notes: notesOf(facts, events), citation: citeEnds(events, 'csv/events.csv, category = agreement') };
  }
  const counted = rows.filter((r) => num(r, 'count') !== null).length;
  const countPart = count === 0 ? '' : counted === events.length ? ` (${atLeast}${count} documents in all)` : `; where a count is stated (${countWord(counted)} of them), ${atLeast}${plural(count, ['document', 'documents'])} in all`;
  const countText = `Agreements were signed on ${countWord(events.length)} occasions${countPart}`;
  const valueText = withValue.length > 0 ? `; where a value is stated, it totals US$${formatAmount(usd)}` : '';
  return { text: `${countText}${valueText}.`, notes: notesOf(facts, events), citation: citeEnds(events, 'csv/events.csv, category = agreement') };
}

interface Amount { event: Row; usd: number; value: number | null; currency: string | null; kind: string; from: string | null; to: string[] }

/** Every stated amount with a US dollar value, from finance (sum-safe rows only: no totals shared with other countries) and agreements. */
function amounts(facts: Facts): Amount[] {
  const out: Amount[] = [];
  for (const event of facts.noted) {
    const id = String(event.event_id);
    for (const r of facts.details.finance.get(id) ?? []) {
      const usd = num(r, 'amount_usd');
      if (usd !== null && r.sum_safe !== false) out.push({ event, usd, value: num(r, 'amount'), currency: str(r, 'currency'), kind: kindLabel(str(r, 'type')).toLowerCase(), from: str(r, 'provider'), to: namesOfList(facts, str(r, 'recipients')) });
    }
    for (const r of facts.details.agreements.get(id) ?? []) {
      const usd = num(r, 'value_usd');
      if (usd !== null) out.push({ event, usd, value: num(r, 'value'), currency: str(r, 'currency'), kind: num(r, 'count') ? `package of ${num(r, 'count')} agreements` : 'package of agreements', from: null, to: [] });
    }
  }
  return out.sort((a, b) => b.usd - a.usd);
}

/** The largest amount stated, and the range of the others. */
function largestAmount(facts: Facts): Finding | null {
  const all = amounts(facts);
  if (all.length === 0) return null;
  const top = all[0];
  const money = formatMoney(top.usd, top.value, top.currency);
  const parties = top.from ? `, from ${nameOf(facts, top.from)}${top.to.length ? ` to ${listJoin(top.to)}` : ''}` : '';
  const date = str(top.event, 'date');
  const head = `The largest amount stated is ${money}, a ${top.kind}${parties}${date ? ` (${markedDate(top.event, formatDate(date))})` : ''}`;
  const filter = 'csv/finance.csv, amount_usd given and sum_safe not false; csv/agreements.csv, value_usd given';
  if (all.length === 1) return { text: `${head}; it is the only amount the sources give in money.`, notes: notesOf(facts, [top.event]), citation: boundedCitation(all, (a) => a.event, 1, filter) };
  const smallest = all[all.length - 1];
  // the largest amounts and the smallest: what the sentence names
  const ranked = all.length > maxFindingNotes ? [...all.slice(0, maxFindingNotes - 1), smallest, ...all.slice(maxFindingNotes - 1, -1)] : all;
  return {
    text: `${head}; the ${countWord(all.length)} amounts stated range down to ${formatMoney(smallest.usd, smallest.value, smallest.currency)}.`,
    notes: notesOf(facts, all.map((a) => a.event)),
    citation: boundedCitation(ranked, (a) => a.event, maxFindingNotes, filter),
  };
}

/** Lending, aid and investment that can be summed: the total of sum-safe rows, and what is left out. */
function lending(facts: Facts): Finding | null {
  const rows = facts.noted.flatMap((event) => (facts.details.finance.get(String(event.event_id)) ?? []).map((r) => ({ event, r })));
  const safe = rows.filter(({ r }) => r.sum_safe === true);
  if (safe.length < 2) return null;
  const usd = safe.reduce((sum, { r }) => sum + (num(r, 'amount_usd') ?? 0), 0);
  const [first, last] = dateRange(safe.map(({ event }) => event));
  const reasons = leftOutReasons(rows.map(({ r }) => r));
  const period = first ? ` (${formatPeriod(first, last)})` : '';
  const left = reasons ? `; left out: ${reasons}` : '';
  return {
    text: `Loans, credit lines, aid and investment that can be added up without counting money twice total US$${formatAmount(usd)} over ${plural(safe.length, ['stated amount', 'stated amounts'])}${period}${left}.`,
    notes: notesOf(facts, safe.map(({ event }) => event)),
    citation: boundedCitation(byAmount(safe), ({ event }) => event, maxFindingNotes, 'csv/finance.csv, sum_safe = true'),
  };
}

/** Finance rows, largest US dollar amount first (ties in print order). */
export function byAmount<T extends { r: Row }>(rows: T[]): T[] {
  return rows.map((x, i) => ({ x, i })).sort((a, b) => (num(b.x.r, 'amount_usd') ?? 0) - (num(a.x.r, 'amount_usd') ?? 0) || a.i - b.i).map(({ x }) => x);
}

/** The trade figure for the latest period. */
function trade(facts: Facts): Finding | null {
  const rows = eventsIn(facts, ['trade']).flatMap((e) => (facts.details.indicators.get(String(e.event_id)) ?? []).map((r) => ({ e, r })));
  if (rows.length === 0) return null;
  // A period that is an interval ("2025-01/2025-04") ends at its end.
  const end = (x: { r: Row }) => (str(x.r, 'period') ?? '').split('/').pop()!;
  const latest = [...rows].sort((a, b) => end(b).localeCompare(end(a)))[0];
  const { e, r } = latest;
  const period = str(r, 'period');
  const when = period ? `${period.length === 10 ? 'On' : 'In'} ${formatFigurePeriod(period)}, ` : '';
  const text = `${when}${indicatorSentence(facts, r)}.`;
  return { text: text.charAt(0).toUpperCase() + text.slice(1), notes: notesOf(facts, [e]), citation: { events: [e], more: 0, filter: 'csv/indicators.csv' } };
}

/** One indicator as a clause: "China ranked 4th among Belarus’s trade partners". */
export function indicatorSentence(facts: Facts, r: Row): string {
  const subject = nameOf(facts, str(r, 'subject_country'));
  const partner = str(r, 'partner_country') ? nameOf(facts, str(r, 'partner_country')) : null;
  const stated = num(r, 'value');
  const value = stated ?? 0;
  const unit = str(r, 'unit');
  const indicator = str(r, 'indicator');
  if (indicator === 'trade_partner_rank') return `${partner ?? 'the partner'} ranked ${ordinal(value)} among ${subject}’s trade partners`;
  // A multiple ("up 3.4 times") is "3.4-fold"; a figure the text does not give is said so, not printed as 0.
  const figure = stated === null ? 'stated without a figure' : unit === 'percent' ? `${value}%` : unit === 'times' ? `${value}-fold` : unit === 'rank' ? ordinal(value) : `${unit} ${formatAmount(value)}`;
  return `${subject}’s ${kindLabel(indicator).toLowerCase()}${partner ? ` with ${partner}` : ''} was ${figure}`;
}

/** Political support and UN votes: how many, which way, over which years. */
function politicalSupport(facts: Facts): Finding | null {
  const theme = themes.find((t) => t.id === 'political')!;
  const events = eventsIn(facts, [...theme.categories]);
  if (events.length === 0) return null;
  const parts = theme.categories
    .map((cat) => [cat, events.filter((e) => e.category === cat).length] as const)
    .filter(([, n]) => n > 0)
    .map(([cat, n]) => plural(n, categories[cat].noun));
  const [first, last] = dateRange(events);
  const undated = events.filter((e) => str(e, 'date') === null).length;
  const period = first ? `, dated ${formatPeriod(first, last)}${undated ? ` (${countWord(undated)} undated)` : ''}` : '';
  return { text: `The sources record ${listJoin(parts)}${period}.`, notes: notesOf(facts, events), citation: citeEnds(events, `csv/events.csv, category = ${listJoin([...theme.categories], 'or')}`) };
}

/** The key findings, in print order, at most eight. */
export function keyFindings(facts: Facts): Finding[] {
  return [overview, firstAndLatest, visits, agreements, largestAmount, lending, trade, politicalSupport]
    .map((f) => f(facts))
    .filter((f): f is Finding => f !== null)
    .slice(0, maxFindings);
}

/** A finding as printed: its sentence and its bounded citation. */
export function findingText(f: Finding, notes: NoteRegister): string {
  return `${f.text.replace(/\.$/, '')} ${citationText(notes, f.citation)}.`;
}
