/** How the brief prints dates, amounts, kinds and note references. Pure functions of their arguments. */
import { kindLabels } from './labels.ts';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2007" → "2007", "2007-11" → "November 2007", "2007-11-05" → "5 November 2007"; null → "Undated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'Undated';
  const [year, month, day] = iso.split('-');
  if (!month) return year;
  const name = monthNames[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** A figure's period: a date as formatDate gives it, or an ISO 8601 interval "2025-01/2025-04" as a range ("January–April 2025"). */
export function formatFigurePeriod(iso: string | null | undefined): string {
  const [start, end] = (iso ?? '').split('/');
  return end ? formatDateRange(start, end) : formatDate(iso);
}

/** A range at the precision of its dates, sharing what both ends share: "16–19 November 2016", "April–May 2015", "2016–2018". */
export function formatDateRange(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-');
  const [y2, m2, d2] = end.split('-');
  if (y1 === y2 && m1 && m1 === m2 && d1 && d2) return `${Number(d1)}–${formatDate(end)}`;
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${formatDate(start).replace(` ${y1}`, '')}–${formatDate(end)}`;
  if (y1 === y2 && m1 && m2) return `${formatDate(start).replace(` ${y1}`, '')} – ${formatDate(end)}`;
  if (!m1 && !m2) return `${y1}–${y2}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** A Date for a partial ISO date (first instant of the period, UTC): the PDF's fixed creation date. */
export function dateOf(iso: string): Date {
  const [year, month = '01', day = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** 9514887139 → "9.51 billion", 65000000000 → "65 billion", 120000 → "120,000". Three significant figures above a million. */
export function formatAmount(value: number): string {
  const scaled = (n: number, word: string) => `${Number(n.toPrecision(3)).toLocaleString('en-GB')} ${word}`;
  const abs = Math.abs(value);
  if (abs >= 1e12) return scaled(value / 1e12, 'trillion');
  if (abs >= 1e9) return scaled(value / 1e9, 'billion');
  if (abs >= 1e6) return scaled(value / 1e6, 'million');
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** "US$3.4 billion"; null for no amount. */
export function formatUsd(value: number | null | undefined): string | null {
  return typeof value === 'number' ? `US$${formatAmount(value)}` : null;
}

/** The amount as the source states it: "CNY 65 billion"; null for no amount. */
export function formatOriginal(value: number | null | undefined, currency: string | null | undefined): string | null {
  if (typeof value !== 'number') return null;
  return currency ? `${currency} ${formatAmount(value)}` : formatAmount(value);
}

/** "US$9.51 billion (CNY 65 billion)"; just the dollars when the source gave dollars; null for no amount. */
export function formatMoney(usd: number | null | undefined, value: number | null | undefined, currency: string | null | undefined): string | null {
  const dollars = formatUsd(usd);
  const original = formatOriginal(value, currency);
  if (currency === 'USD' || !original) return dollars ?? original;
  return dollars ? `${dollars} (${original})` : original;
}

/** A readable name for a subtype or finance type: "currency_swap" → "Currency swap". */
export function kindLabel(kind: string | null | undefined): string {
  if (!kind) return '';
  const label = kindLabels[kind];
  if (label) return label;
  const spaced = kind.replaceAll('_', ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** "1st", "2nd", "3rd", "4th", "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "[3]", "[2–8]", "[1, 4, 6–9]": note numbers, runs collapsed, with an en dash. */
export function formatRefs(numbers: Iterable<number>): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return `[${parts.join(', ')}]`;
}

/** "one", "two" … "ten", then digits: for counts inside sentences. */
export function countWord(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}

/** "7 visits" / "1 visit". */
export function plural(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A sentence's first word: "Seven visits …" for counts up to ten, the number itself above; the rest as given. */
export function sentenceStart(text: string): string {
  const m = /^(\d+)\b/.exec(text);
  const first = m && Number(m[1]) <= 10 ? countWord(Number(m[1])) + text.slice(m[1].length) : text;
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** "A, B and C" (or "A, B or C"). */
export function listJoin(items: string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** A period from two partial ISO dates: "1992–2011", "November 2007", "March 1998 – February 2011". */
export function formatPeriod(first: string | null, last: string | null): string {
  if (!first || !last) return 'undated';
  const a = formatDate(first);
  const b = formatDate(last);
  if (a === b) return a;
  return a.includes(' ') || b.includes(' ') ? `${a} – ${b}` : `${a}–${b}`;
}
