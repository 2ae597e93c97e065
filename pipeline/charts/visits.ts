/** High-level visits by year and direction (visitor’s country → host country): one stacked block per visit. */
import type { RecordsFile } from '../lib/records.ts';
import { yearsFrom, namer, notShown, readableDate, sourceLine, yearOf } from './facts.ts';
import { background, directionColours, frame, plotWidth } from './theme.ts';
import { isInferredDate, inferredSign } from '../lib/marks.ts';
import type { ChartDef } from './chart.ts';
import { extent } from '../lib/extent.ts';

/** Name of the bar layer: the test counts its marks in the SVG. */
export const visitsBarMark = 'visit_bars';

export function visitsChart(records: RecordsFile): ChartDef | null {
  const name = namer(records);
  const events = new Map(records.tables.events.map((e) => [e.event_id, e]));
  const visits = records.tables.visits;
  const dated = visits
    .filter((v) => v.date !== null)
    .sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.event_id).localeCompare(String(b.event_id)));
  if (dated.length === 0) return null;
  const values = dated.map((v) => {
    const year = yearOf(String(v.date));
    const inferred = isInferredDate(events.get(v.event_id));
    return {
      event_id: String(v.event_id),
      year,
      one: 1,
      direction: `${name(v.from_country as string)} → ${name(v.to_country as string)}`,
      visitor: [v.visitor ?? 'unnamed visitor', v.visitor_role ? ` (${v.visitor_role})` : ''].join(''),
      when: `${inferred ? `${inferredSign} ` : ''}${readableDate(String(v.date))}`,
      date_inferred: inferred,
      place: [v.city, name(v.to_country as string)].filter(Boolean).join(', '),
    };
  });
  const directions = [...new Set(values.map((v) => v.direction))].sort();
  const years = dated.map((v) => yearOf(String(v.date)));
  const [first, last] = extent(years);
  const chart = {
    width: plotWidth,
    height: 150,
    data: { values },
    mark: { type: 'bar', strokeWidth: 1.2 },
    name: visitsBarMark,
    encoding: {
      x: { field: 'year', type: 'ordinal', scale: { domain: yearsFrom(first - 1, last + 1), paddingInner: 0.15 }, axis: { title: null, labelAngle: 0, labelOverlap: 'parity', ticks: false } },
      y: { field: 'one', type: 'quantitative', stack: 'zero', axis: { title: 'Visits', tickMinStep: 1, format: 'd' } },
      stroke: { field: 'direction', type: 'nominal', scale: { domain: directions, range: directionColours.slice(0, directions.length) }, legend: { title: null } },
      fill: { field: 'direction', type: 'nominal', scale: { domain: directions, range: directionColours.slice(0, directions.length) }, legend: { title: null }, condition: { test: 'datum.date_inferred', value: background } },
      order: { field: 'direction' },
      description: { field: 'visitor' },
      tooltip: [
        { field: 'visitor', title: 'Visitor' },
        { field: 'direction', title: 'Direction' },
        { field: 'place', title: 'Visited' },
        { field: 'when', title: 'Date' },
      ],
    },
  };
  const undated = visits.length - dated.length;
  const subtitle = [
    `Each block is one high-level visit (${dated.length} in all), in the year it took place, coloured by visitor’s country → host country, ${first}–${last}.`,
    `Hollow blocks: the date is inferred (${values.filter((v) => v.date_inferred).length} visits), from the publication date or the surrounding text.`,
    ...(undated ? [notShown(undated, 'visit')] : []),
  ];
  return {
    name: 'visits',
    title: 'High-level visits by year and direction',
    subtitle,
    spec: frame(chart, { title: 'High-level visits by year and direction', subtitle, source: sourceLine(records), description: 'Stacked bars: high-level visits per year, by direction; hover a block for the visitor.' }),
    csv: values.map(({ one: _one, ...row }) => row),
  };
}
