/** Money: agreements’ stated values and finance amounts in US dollars, by date, original amount in the tooltip. */
import type { RecordsFile, Row } from '../lib/records.ts';
import { dateTime, yearTicks, moneyUnit, namer, notShown, placeDate, placementNote, readableAmount, readableDate, sourceLine, yearOf } from './facts.ts';
import { labelOf, moneyKindLabels } from './labels.ts';
import { frame, plotWidth, seriesColours } from './theme.ts';
import type { ChartDef } from './chart.ts';

/** Name of the point layer: the test counts its marks in the SVG. */
export const moneyPointMark = 'money_points';

/** A row of agreements or finance, in common terms. */
interface Money {
  eventId: string;
  kind: string;
  date: string | null;
  amount: number | null;
  currency: string | null;
  usd: number | null;
  rate: string | null;
  parties: string[];
  what: string | null;
}

/** Agreements and finance rows as Money, in schema-independent terms. */
function moneyRows(records: RecordsFile): Money[] {
  const list = (v: Row[string]) => (v === null ? [] : String(v).split('; '));
  const agreements = records.tables.agreements.map((a) => ({
    eventId: String(a.event_id), kind: 'agreement', date: a.date as string | null, amount: a.value as number | null, currency: a.currency as string | null,
    usd: a.value_usd as number | null, rate: a.usd_rate as string | null, parties: [], what: a.count ? `${a.count} ${a.description ?? 'agreements'}` : (a.description as string | null),
  }));
  const finance = records.tables.finance.map((f) => ({
    eventId: String(f.event_id), kind: String(f.type), date: f.date as string | null, amount: f.amount as number | null, currency: f.currency as string | null,
    usd: f.amount_usd as number | null, rate: f.usd_rate as string | null, parties: [String(f.provider), ...list(f.recipients)], what: f.project as string | null,
  }));
  return [...agreements, ...finance];
}

export function moneyChart(records: RecordsFile): ChartDef | null {
  const name = namer(records);
  const events = new Map(records.tables.events.map((e) => [e.event_id, e]));
  const all = moneyRows(records);
  const withAmount = all.filter((m) => m.usd !== null);
  const shown = withAmount.filter((m) => m.date !== null).sort((a, b) => String(a.date).localeCompare(String(b.date)) || a.eventId.localeCompare(b.eventId));
  if (shown.length === 0) return null;
  const [divisor, unitWords] = moneyUnit(Math.max(...shown.map((m) => m.usd!)));
  const kinds = [...new Set(shown.map((m) => m.kind))].sort((a, b) => Object.keys(moneyKindLabels).indexOf(a) - Object.keys(moneyKindLabels).indexOf(b) || a.localeCompare(b));
  const kindLabels = kinds.map((k) => labelOf(moneyKindLabels, k));
  const shared = shown.filter((m) => m.parties.length > 2).length;

  const values = shown.map((m) => ({
    point: placeDate(m.date)!.point,
    usd: m.usd! / divisor,
    kind: labelOf(moneyKindLabels, m.kind),
    label: `${labelOf(moneyKindLabels, m.kind)}, US$${readableAmount(m.usd!)}`,
    usd_text: `US$${readableAmount(m.usd!)}`,
    original: m.amount !== null && m.currency ? `${m.currency} ${readableAmount(m.amount)}` : 'not stated',
    rate: m.rate ?? '',
    parties: m.parties.map((p) => name(p)).join(', '),
    what: m.what ?? '',
    when: readableDate(m.date!),
    summary: events.get(m.eventId)?.summary ?? '',
  }));
  const years = shown.map((m) => yearOf(m.date!));
  const [first, last] = [Math.min(...years) - 1, Math.max(...years) + 2];
  const domain = [`${first}-01-01`, `${last}-01-01`];
  const x = { field: 'point', type: 'temporal', scale: { type: 'utc', domainMin: dateTime(domain[0]), domainMax: dateTime(domain[1]) }, axis: { title: null, format: '%Y', labelAngle: 0, grid: false, values: yearTicks(first, last) } };
  const y = { field: 'usd', type: 'quantitative', scale: { zero: true, nice: true }, axis: { title: `US dollars${unitWords ? ` (${unitWords})` : ''}`, grid: true } };
  const color = { field: 'kind', type: 'nominal', scale: { domain: kindLabels, range: seriesColours.slice(0, kindLabels.length) }, legend: { title: null } };
  const chart = {
    width: plotWidth,
    height: 240,
    data: { values },
    encoding: { x, y, color },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y: { datum: 0 }, y2: { field: 'usd' }, description: { field: 'summary' } } },
      {
        name: moneyPointMark,
        mark: { type: 'point', size: 110 },
        encoding: {
          description: { field: 'summary' },
          tooltip: [
            { field: 'summary', title: 'Fact' },
            { field: 'kind', title: 'Kind' },
            { field: 'usd_text', title: 'In US dollars' },
            { field: 'original', title: 'As stated' },
            { field: 'rate', title: 'Rate used' },
            { field: 'parties', title: 'Countries' },
            { field: 'when', title: 'Date' },
          ],
        },
      },
      { mark: { type: 'text', align: 'left', dx: 9, dy: -2, fontSize: 10 }, encoding: { text: { field: 'label' }, color: { value: '#222222' } } },
    ],
  };
  const noAmount = all.length - withAmount.length;
  const subtitle = [
    `Stated values of agreements and money offered or lent (${shown.length} amounts), in US dollars at the year’s average rate; the original currency is in the tooltip.`,
    [
      shared ? `${shared === 1 ? 'One amount is' : `${shared} amounts are`} a total shared with other countries.` : '',
      noAmount ? `${noAmount} fact${noAmount === 1 ? '' : 's'} with no stated amount ${noAmount === 1 ? 'is' : 'are'} not shown.` : '',
      notShown(withAmount.length - shown.length, 'amount'),
      `Dates: ${placementNote}.`,
    ].filter(Boolean).join(' '),
  ];
  return {
    name: 'money',
    title: 'Money: agreements, swaps, loans and aid in US dollars',
    subtitle,
    spec: frame(chart, { title: 'Money: agreements, swaps, loans and aid in US dollars', subtitle, source: sourceLine(records), description: 'Lollipop chart of amounts in US dollars by date; hover a point for the original currency.' }),
  };
}
