/**
 * Money you can sum: which finance rows may be added up without counting money twice (sum_safe, sum_safe_reason),
 * and which rows are parts of a package total (part_of). Rules and cue words: sources/reference/finance.json.
 *   no_usd_amount        no amount, no date to convert it at, or no rate for its currency in its year
 *   multi_country_total  one total shared by several recipient countries
 *   package_total        a total whose parts with amounts are rows of their own: same provider and recipients, same
 *                        year, named in the same or the next two sentences (with a package or part cue), or amounts
 *                        that add up to the total
 *   repeated_statement   the same amount, currency, provider and recipients as a row of the same source or the same year
 *   cumulative_total     a running total of earlier money ("received USD 3 billion of Chinese loans in the past"),
 *                        a total of many projects, or a ceiling ("up to $30bn")
 *   undated              no date in the text: it cannot be placed in a year
 */
import type { FinanceRow } from '../lib/types.generated.ts';
import { phraseRegex } from '../extract/reference.ts';
import type { FinanceLexicon } from '../extract/finance.ts';

/** Where a row's fact is stated: its primary passage, UTF-16 offsets into its source's text. */
export interface Placed { source_id: string; start: number; end: number }

type Reason = NonNullable<FinanceRow['sum_safe_reason']>;
/** The reason shown when several apply: the first in this list. */
const PRECEDENCE: Reason[] = ['multi_country_total', 'package_total', 'repeated_statement', 'cumulative_total', 'undated', 'no_usd_amount'];

/** How many sentences after a total its parts may be named in. */
const PART_WINDOW_SENTENCES = 2;
/** Parts that add up to a total: within this share of it (rounding in the text: "$323.8 million"). */
const ADD_UP_TOLERANCE = 0.03;
/** The most candidate parts tried when looking for a subset that adds up (2^n subsets). */
const MAX_ADD_UP_PARTS = 12;

export interface SumRules { packageCue: RegExp; partCue: RegExp; cumulative: RegExp; atLeast: RegExp }

export function buildSumRules(lex: FinanceLexicon): SumRules {
  return {
    packageCue: phraseRegex(lex.package_cues, 'iu'),
    partCue: phraseRegex(lex.part_cues, 'iu'),
    cumulative: new RegExp(lex.cumulative_patterns.join('|'), 'iu'),
    atLeast: new RegExp(`${phraseRegex(lex.at_least_cues, 'iu').source}\\s*(?:the\\s+)?$`, 'iu'),
  };
}

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) if (text[i] === '\n' || (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  return 0;
}

/** Where the n-th sentence after the one holding `at` ends. */
function sentenceEndAfter(text: string, at: number, n: number): number {
  const end = /[.!?]["”’)]*(?=\s|$)|\n/g;
  let pos = at;
  for (let k = 0; k <= n; k++) {
    end.lastIndex = pos;
    const m = end.exec(text);
    if (!m) return text.length;
    pos = m.index + m[0].length;
  }
  return pos;
}

const year = (r: FinanceRow) => r.date?.slice(0, 4) ?? null;

/** A subset of `parts` (two or more) whose USD amounts add up to the total, or null. */
function partsAddingUp(total: number, atLeast: boolean, parts: FinanceRow[]): FinanceRow[] | null {
  const list = parts.filter((p) => p.amount_usd !== null).slice(0, MAX_ADD_UP_PARTS);
  const fits = (sum: number) => (atLeast ? sum >= total && sum <= total * 1.5 : Math.abs(sum - total) <= total * ADD_UP_TOLERANCE);
  let best: FinanceRow[] | null = null;
  for (let mask = 1; mask < 1 << list.length; mask++) {
    // Only a larger subset replaces the one found: count first, and sum (in the list's order) only such a subset.
    let size = 0;
    for (let m = mask; m; m &= m - 1) size++;
    if (size < 2 || (best && size <= best.length)) continue;
    let sum = 0;
    for (let i = 0; i < list.length; i++) if (mask & (1 << i)) sum += list[i].amount_usd!;
    if (fits(sum)) best = list.filter((_, i) => mask & (1 << i));
  }
  return best;
}

/**
 * Sets sum_safe, sum_safe_reason and part_of on every finance row (in place). `placed` gives each row's passage,
 * `texts` each source's text.
 */
export function markSumSafety(rows: FinanceRow[], placed: Map<string, Placed>, texts: Map<string, string>, rules: SumRules): void {
  const reasons = new Map<FinanceRow, Set<Reason>>(rows.map((r) => [r, new Set<Reason>()]));
  const quoteOf = (r: FinanceRow) => {
    const p = placed.get(r.event_id);
    return p ? texts.get(p.source_id)?.slice(p.start, p.end) ?? '' : '';
  };
  for (const r of rows) {
    r.part_of = null;
    if (r.amount_usd === null) reasons.get(r)!.add('no_usd_amount');
    if ((r.recipients ?? '').includes(';')) reasons.get(r)!.add('multi_country_total');
    if (r.amount !== null && rules.cumulative.test(quoteOf(r))) reasons.get(r)!.add('cumulative_total');
    // An undated amount cannot be placed in a year, and is most often a total of money stated elsewhere.
    if (r.amount !== null && r.date === null) reasons.get(r)!.add('undated');
  }
  markPackages(rows, placed, texts, rules, reasons, quoteOf);
  markRepeats(rows, placed, reasons);
  for (const r of rows) {
    const why = reasons.get(r)!;
    const reason = r.amount === null && why.has('no_usd_amount') ? 'no_usd_amount' : PRECEDENCE.find((x) => why.has(x)) ?? null;
    r.sum_safe_reason = reason;
    r.sum_safe = reason === null;
  }
}

/** The placed rows of one source and one pair of parties (what a total's parts share with it), by year ('' for undated). */
interface PartyRows { all: FinanceRow[]; byYear: Map<string, FinanceRow[]> }

const groupKey = (source_id: string, r: FinanceRow) => `${source_id}\u0000${r.provider}\u0000${r.recipients ?? ''}`;

/** The placed rows grouped by their source and parties, each group (and each year of it) in the rows' order. */
function rowsByPlaceAndParties(rows: FinanceRow[], placed: Map<string, Placed>): Map<string, PartyRows> {
  const groups = new Map<string, PartyRows>();
  for (const r of rows) {
    const p = placed.get(r.event_id);
    if (!p) continue;
    const key = groupKey(p.source_id, r);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { all: [], byYear: new Map() }));
    g.all.push(r);
    const y = year(r) ?? '';
    const list = g.byYear.get(y);
    if (list) list.push(r);
    else g.byYear.set(y, [r]);
  }
  return groups;
}

/**
 * The rows placed in `source_id` with the same provider and recipients as `total` whose years fit its own (the same
 * year when both are dated; an undated row fits any year of its own source),
 * in the rows' order: for a dated total, the rows of its year and the undated ones, merged by their place in `rows`.
 */
function rowsFitting(groups: Map<string, PartyRows>, source_id: string, total: FinanceRow, order: Map<FinanceRow, number>): FinanceRow[] {
  const g = groups.get(groupKey(source_id, total));
  if (!g) return [];
  const y = year(total);
  if (y === null) return g.all;
  const [a, b] = [g.byYear.get(y) ?? [], g.byYear.get('') ?? []];
  if (!b.length || !a.length) return a.length ? a : b;
  const merged: FinanceRow[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && order.get(a[i])! < order.get(b[j])!) ? a[i++] : b[j++]);
  return merged;
}

/** Package totals and their parts: see the file comment. A total whose parts state no amount stays sum-safe. */
function markPackages(rows: FinanceRow[], placed: Map<string, Placed>, texts: Map<string, string>, rules: SumRules, reasons: Map<FinanceRow, Set<Reason>>, quoteOf: (r: FinanceRow) => string): void {
  // Largest first; a part of a package is not a package of its siblings ("… $654 million. The bank also lent $400 million").
  const totals = rows.filter((r) => (r.amount_usd !== null || r.type === 'package') && !(r.recipients ?? '').includes(';')).sort((a, b) => Number(b.type === 'package') - Number(a.type === 'package') || (b.amount_usd ?? 0) - (a.amount_usd ?? 0) || a.event_id.localeCompare(b.event_id));
  const groups = rowsByPlaceAndParties(rows, placed);
  const order = new Map(rows.map((r, i) => [r, i]));
  for (const total of totals) {
    if (total.part_of) continue;
    const at = placed.get(total.event_id);
    const text = at && texts.get(at.source_id);
    if (!at || !text) continue;
    // The rows of the same source, parties and year (in the rows' order), not every row: linear in the number of sources.
    const others = rowsFitting(groups, at.source_id, total, order).filter((q) => q !== total && q.type !== 'package' && !q.part_of
      && (total.amount_usd === null || q.amount_usd === null || q.amount_usd < total.amount_usd));
    const [from, to] = [sentenceStart(text, at.start), sentenceEndAfter(text, at.end, PART_WINDOW_SENTENCES)];
    const near = others.filter((q) => {
      const p = placed.get(q.event_id)!;
      return p.start >= from && p.start < to && !(p.start === at.start && p.end === at.end && q.amount_usd === null && total.type !== 'package');
    });
    const amountAt = quoteOf(total).search(/[$€£¥]|\b(?:US|USD|CNY|RMB|EUR|yuan)\b/);
    const atLeast = amountAt > 0 && rules.atLeast.test(quoteOf(total).slice(0, amountAt));
    const cued = total.type === 'package' || rules.packageCue.test(quoteOf(total));
    const nearParts = near.filter((q) => cued || rules.partCue.test(quoteOf(q)));
    const nearSum = nearParts.reduce((s, q) => s + (q.amount_usd ?? 0), 0);
    const fitsInside = total.amount_usd === null || nearSum <= total.amount_usd * (atLeast ? 1.5 : 1 + ADD_UP_TOLERANCE);
    const parts = nearParts.length && fitsInside ? nearParts : total.amount_usd !== null ? partsAddingUp(total.amount_usd, atLeast, others) ?? [] : [];
    if (!parts.length) continue;
    for (const q of parts) q.part_of ??= total.event_id;
    if (parts.some((q) => q.amount_usd !== null)) reasons.get(total)!.add('package_total');
  }
}

/** Repeated statements of the same money: all but one row (dated before undated, then the first stated) per amount. */
function markRepeats(rows: FinanceRow[], placed: Map<string, Placed>, reasons: Map<FinanceRow, Set<Reason>>): void {
  const groups = new Map<string, FinanceRow[]>();
  for (const r of rows) {
    if (r.amount === null || !r.currency || r.type === 'package') continue;
    const key = [r.provider, r.recipients ?? '', r.currency, r.amount].join('|');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const kept: FinanceRow[] = [];
    const ordered = [...group].sort((a, b) => Number(a.date === null) - Number(b.date === null) || (b.date?.length ?? 0) - (a.date?.length ?? 0) || 0);
    for (const r of ordered) {
      const source = placed.get(r.event_id)?.source_id;
      const same = kept.find((k) => placed.get(k.event_id)?.source_id === source || (year(k) !== null && year(k) === year(r)));
      if (same) reasons.get(r)!.add('repeated_statement');
      else kept.push(r);
    }
  }
}
