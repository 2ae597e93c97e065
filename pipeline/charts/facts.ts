/** Data helpers every chart shares: where a partial ISO date sits on a time axis, country names, the source line. */
import type { RecordsFile, Row } from '../lib/records.ts';
import { loadSchema } from '../lib/schema.ts';
import { releaseOf } from '../lib/release.ts';

/** Where a date of a given precision is drawn: the point, and the period the date refers to [start, end). ISO day strings (UTC). */
export interface Placed {
  point: string;
  start: string;
  end: string;
}

/** How a date known only to the year or month is placed; the subtitles quote this. */
export const placementNote = 'a date known only to the year is placed at 1 July, one known only to the month at the 15th';

const pad = (n: number) => String(n).padStart(2, '0');

/** Places '2007', '2007-11' or '2007-11-05' on a UTC time axis; null for a missing date. */
export function placeDate(date: string | null): Placed | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return { point: `${y}-07-01`, start: `${y}-01-01`, end: `${y + 1}-01-01` };
  if (d === undefined) return { point: `${y}-${pad(m)}-15`, start: `${y}-${pad(m)}-01`, end: m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01` };
  return { point: date, start: date, end: date };
}

/** The year of a partial ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2007' → '2007', '2007-11' → 'November 2007', '2007-11-05' → '5 November 2007'. */
export function readableDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${monthNames[m - 1]} ${y}`;
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/** Entity id (ISO code for a country) → reference name; unknown codes stay as they are. */
export function namer(records: RecordsFile): (id: string | null) => string {
  const names = new Map(records.tables.entities.map((e) => [String(e.entity_id), String(e.name)]));
  return (id) => (id === null ? '' : (names.get(id) ?? id));
}

/** The categories in schema order (schemas/events.schema.json enum), keeping only those in use, then any unknown ones. */
export function categoriesInUse(events: Row[]): string[] {
  const order = (loadSchema('events').properties.category.enum ?? []).filter((c): c is string => c !== null);
  const used = new Set(events.map((e) => String(e.category)));
  return [...order.filter((c) => used.has(c)), ...[...used].filter((c) => !order.includes(c)).sort()];
}

/** "N undated facts not shown" (or an empty string when there are none), for subtitles. */
export function notShown(count: number, what: string): string {
  return count === 0 ? '' : `${count} undated ${what}${count === 1 ? '' : 's'} not shown.`;
}

/** One source as "Author, “Title”, Publisher, date". */
function citeSource(s: Row): string {
  return [s.author, `“${s.title}”`, s.publisher, s.published].filter((p) => p !== null && p !== '').join(', ');
}

/** The source line under every chart, from the sources table: the articles by name, or a summary when there are many. */
export function sourceLine(records: RecordsFile): string {
  const sources = [...records.tables.sources].sort((a, b) => String(a.published).localeCompare(String(b.published)) || String(a.source_id).localeCompare(String(b.source_id)));
  const tail = ` Data: ${records.dataset.publisher}, version ${releaseOf(records)}, as of ${records.data_as_of}.`;
  if (sources.length === 1) return `Source: ${citeSource(sources[0])}.${tail}`;
  if (sources.length <= 2) return `Sources: ${sources.map(citeSource).join('; ')}.${tail}`;
  const publishers = new Set(sources.map((s) => s.publisher).filter((p) => p !== null));
  return `Sources: ${sources.length} articles from ${publishers.size} publisher${publishers.size === 1 ? '' : 's'}, published ${sources[0].published} to ${sources.at(-1)!.published} (listed in sources.csv).${tail}`;
}

/** Formats an amount as "65 billion", "3.4 billion", "250 million" or "12,500". */
export function readableAmount(value: number): string {
  const units: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [size, word] of units) if (value >= size) return `${Number((value / size).toPrecision(3))} ${word}`;
  return value.toLocaleString('en-US');
}

/** The unit a money axis uses so that its largest value reads as a small number: [divisor, words]. */
export function moneyUnit(max: number): [number, string] {
  if (max >= 1e9) return [1e9, 'billions'];
  if (max >= 1e6) return [1e6, 'millions'];
  if (max >= 1e3) return [1e3, 'thousands'];
  return [1, ''];
}

/** A UTC day as a timestamp in ms, for domainMin/domainMax of temporal scales (a full `domain` with x2 makes Vega-Lite 6.4 warn of conflicting domains). */
export function dateTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Axis tick values (ms) at 1 January of every year, or of every 2nd, 5th, … year, so that there are at most maxTicks. */
export function yearTicks(firstYear: number, lastYear: number, maxTicks = 12): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (lastYear - firstYear) / s < maxTicks) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(firstYear / step) * step; y <= lastYear; y += step) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}

/** Every year from first to last, for a year axis that shows the years with nothing in them too. */
export function yearsFrom(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The years an ordinal year axis labels: every year, or every 2nd, 5th, 10th … so that there are at most maxLabels. */
export function yearLabels(first: number, last: number, maxLabels = 12): number[] {
  const step = [1, 2, 5, 10, 20, 50].find((s) => (last - first) / s < maxLabels) ?? 100;
  return yearsFrom(first, last).filter((y) => y % step === 0);
}
