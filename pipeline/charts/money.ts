/**
 * Money: loans, credit lines, aid, grants and investment in US dollars, added up per year and lender (the organisation
 * when the text names one, else the provider country). Only
 * finance rows with sum_safe true are added (no total shared with other countries, no package whose parts are rows
 * of their own, no repeated statement of the same money); the subtitle says how many rows are left out.
 */
import type { RecordsFile, Row } from '../lib/records.ts';
import { isInferredDate } from '../lib/marks.ts';
import { leftOutReasons } from '../lib/sums.ts';
import { moneyUnit, namer, yearLabels, readableAmount, sourceLine, yearOf, yearsFrom } from './facts.ts';
import { labelOf, moneyKindLabels } from './labels.ts';
import { background, frame, lenderColours, plotWidth } from './theme.ts';
import type { ChartDef } from './chart.ts';
import { extent } from '../lib/extent.ts';

/** Name of the bar layer. */
export const moneyBarMark = 'money_bars';

/** The most lenders named on their own; the others are "Other lenders". */
const maxLenders = lenderColours.length - 1;
export const otherLenders = 'Other lenders';

/** Finance rows that may be added up: sum_safe, dated, with a US dollar amount. */
export function summableRows(finance: Row[]): Row[] {
  return finance.filter((f) => f.sum_safe === true && f.amount_usd !== null && f.date !== null);
}

/** The lender organisation when the text names one ("Export-Import Bank of China"), else the provider country ("China (no lender named)"). */
export function lenderLabel(r: Row, name: (id: string | null) => string): string {
  if (r.lender) return String(r.lender);
  const country = name(r.provider as string | null);
  return country ? `${country} (no lender named)` : 'Not named';
}

/** Lenders by the US dollars they provide, largest first; beyond maxLenders they are grouped. */
function lenderOrder(rows: Row[], name: (id: string | null) => string): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(lenderLabel(r, name), (totals.get(lenderLabel(r, name)) ?? 0) + Number(r.amount_usd));
  const sorted = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  return sorted.length <= maxLenders + 1 ? sorted : [...sorted.slice(0, maxLenders), otherLenders];
}

export function moneyChart(records: RecordsFile): ChartDef | null {
  const name = namer(records);
  const events = new Map(records.tables.events.map((e) => [e.event_id, e]));
  const rows = summableRows(records.tables.finance).sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.event_id).localeCompare(String(b.event_id)));
  if (rows.length === 0) return null;
  const lenders = lenderOrder(rows, name);
  const lenderOf = (r: Row) => {
    const n = lenderLabel(r, name);
    return lenders.includes(n) ? n : otherLenders;
  };
  const [divisor, unitWords] = moneyUnit(extent(rows.map((r) => Number(r.amount_usd)))[1]);
  const values = rows.map((r) => ({
    event_id: String(r.event_id),
    year: yearOf(String(r.date)),
    date: String(r.date),
    date_inferred: isInferredDate(events.get(r.event_id)),
    lender: lenderOf(r),
    provider: name(r.provider as string | null),
    kind: labelOf(moneyKindLabels, String(r.type)),
    project: (r.project as string | null) ?? '',
    amount_usd: Number(r.amount_usd),
    usd: Number(r.amount_usd) / divisor,
    usd_text: `US$${readableAmount(Number(r.amount_usd))}`,
  }));
  const years = values.map((v) => v.year);
  const [earliest, latest] = extent(years);
  const [first, last] = [earliest - 1, latest + 1];
  const colour = { field: 'lender', type: 'nominal', scale: { domain: lenders, range: lenderColours.slice(0, lenders.length - (lenders.includes(otherLenders) ? 1 : 0)).concat(lenders.includes(otherLenders) ? [lenderColours.at(-1)!] : []) } };
  const chart = {
    width: plotWidth,
    height: 170,
    data: { values },
    name: moneyBarMark,
    mark: { type: 'bar', strokeWidth: 1.2 },
    encoding: {
      x: { field: 'year', type: 'ordinal', scale: { domain: yearsFrom(first, last), paddingInner: 0.15 }, axis: { title: null, labelAngle: 0, values: yearLabels(first, last), ticks: false } },
      y: { field: 'usd', type: 'quantitative', stack: 'zero', axis: { title: `US dollars${unitWords ? ` (${unitWords})` : ''}`, grid: true } },
      stroke: { ...colour, legend: { title: null } },
      fill: { ...colour, legend: { title: null }, condition: { test: 'datum.date_inferred', value: background } },
      order: { field: 'event_id' },
      tooltip: [
        { field: 'lender', title: 'Lender or provider' },
        { field: 'provider', title: 'Provider country' },
        { field: 'kind', title: 'Kind' },
        { field: 'project', title: 'Project' },
        { field: 'usd_text', title: 'In US dollars' },
        { field: 'date', title: 'Date' },
      ],
    },
  };
  const reasons = leftOutReasons(records.tables.finance);
  const undated = records.tables.finance.filter((f) => f.sum_safe === true && f.amount_usd !== null && f.date === null).length;
  const subtitle = [
    `Swaps, loans, credit lines, aid, grants and investment per year and lender (the provider country where no lender is named), in US dollars at the year’s average rate: ${values.length} amounts, US$${readableAmount(values.reduce((s, v) => s + v.amount_usd, 0))} in all.`,
    `Only sum-safe amounts are added up${reasons ? `; left out: ${reasons}` : ''}${undated ? `; ${undated} undated` : ''}. Hollow: the date is inferred.`,
  ];
  return {
    name: 'money',
    title: 'Finance and aid by year and lender (sum-safe amounts only)',
    subtitle,
    spec: frame(chart, { title: 'Finance and aid by year and lender (sum-safe amounts only)', subtitle, source: sourceLine(records), description: 'Stacked bars: US dollars per year by lender, only amounts that can be added without counting money twice.' }),
    csv: values.map(({ usd: _usd, usd_text: _t, ...row }) => row),
  };
}
