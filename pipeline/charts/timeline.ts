/** Timeline: every dated fact as a point in its category's row, with a line over the year or month a vague date refers to. */
import type { RecordsFile, Row } from '../lib/records.ts';
import { categoriesInUse, dateTime, yearTicks, notShown, placeDate, placementNote, readableDate, sourceLine, yearOf, type Placed } from './facts.ts';
import { categoryLabels, labelOf } from './labels.ts';
import { categoryColours, fallbackColour, frame, plotWidth } from './theme.ts';
import type { ChartDef } from './chart.ts';

/** Name of the point layer: the test counts its marks in the SVG. */
export const timelinePointMark = 'timeline_points';

interface Dot extends Placed {
  event: Row;
}

/** Vertical distance in px between lanes within a category's row. */
const laneGap = 10;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Lane per fact within its category row, so that points and period lines that would touch go side by side:
 * greedy interval packing in date order, a point taking minPx either side and gapPx kept between neighbours.
 */
function lanes(dots: Dot[], msPerPx: number, minPx = 7, gapPx = 4): Map<Dot, number> {
  const lane = new Map<Dot, number>();
  const byCategory = new Map<string, Dot[]>();
  for (const d of dots) byCategory.set(String(d.event.category), [...(byCategory.get(String(d.event.category)) ?? []), d]);
  for (const group of byCategory.values()) {
    const ends: number[] = [];
    for (const d of group) {
      const from = Math.min(time(d.start), time(d.point) - minPx * msPerPx);
      const to = Math.max(time(d.end), time(d.point) + minPx * msPerPx);
      let i = ends.findIndex((end) => end + gapPx * msPerPx <= from);
      if (i === -1) i = ends.push(to) - 1;
      else ends[i] = to;
      lane.set(d, i);
    }
  }
  return lane;
}

/** The facts with a date, placed, in date order (then id, for a stable order). */
function datedFacts(events: Row[]): Dot[] {
  return events
    .flatMap((event) => {
      const placed = placeDate(event.date as string | null);
      return placed ? [{ ...placed, event }] : [];
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.point.localeCompare(b.point) || String(a.event.event_id).localeCompare(String(b.event.event_id)));
}

export function timelineChart(records: RecordsFile): ChartDef | null {
  const events = records.tables.events;
  const dots = datedFacts(events);
  if (dots.length === 0) return null;
  const titles = new Map(records.tables.sources.map((s) => [s.source_id, String(s.title)]));
  const first = yearOf(dots[0].start);
  const last = Math.max(...dots.map((d) => yearOf(d.end) + (d.end.endsWith('-01-01') ? 0 : 1)));
  const domain = [`${first - 1}-01-01`, `${last + 1}-01-01`];
  const lane = lanes(dots, (time(domain[1]) - time(domain[0])) / plotWidth);
  const laneCount = Math.max(...lane.values()) + 1;
  const rowHeight = Math.max(26, (laneCount + 1) * laneGap);
  const lanesIn = (category: unknown) => Math.max(...dots.filter((d) => d.event.category === category).map((d) => lane.get(d)!)) + 1;
  const categories = categoriesInUse(dots.map((d) => d.event)).map((c) => labelOf(categoryLabels, c));
  const colours = categoriesInUse(dots.map((d) => d.event)).map((c) => categoryColours[c] ?? fallbackColour);

  const values = dots.map((d) => ({
    point: d.point,
    start: d.start,
    end: d.end,
    spans: d.start !== d.end,
    offset: rowHeight / 2 + (lane.get(d)! - (lanesIn(d.event.category) - 1) / 2) * laneGap,
    category: labelOf(categoryLabels, String(d.event.category)),
    summary: d.event.summary,
    when: `${readableDate(String(d.event.date))}${d.event.date_text ? ` (“${d.event.date_text}”)` : ''}`,
    source: titles.get(d.event.source_id) ?? d.event.source_id,
  }));
  const x = { scale: { type: 'utc', domainMin: dateTime(domain[0]), domainMax: dateTime(domain[1]) }, axis: { title: null, format: '%Y', labelAngle: 0, grid: true, values: yearTicks(first - 1, last + 1) } };
  const y = { field: 'category', type: 'nominal', sort: categories, scale: { paddingInner: 0, paddingOuter: 0 }, axis: { title: null, grid: true, bandPosition: 0, domain: false, ticks: false, labelPadding: 8 } };
  // Pixels from the top of the category's row (a y band of rowHeight px).
  const yOffset = { field: 'offset', type: 'quantitative', scale: null };
  const color = { field: 'category', type: 'nominal', scale: { domain: categories, range: colours }, legend: null };
  const undated = events.length - dots.length;

  const chart = {
    width: plotWidth,
    height: categories.length * rowHeight,
    data: { values },
    layer: [
      {
        transform: [{ filter: 'datum.spans' }],
        mark: { type: 'rule', strokeWidth: 3, strokeCap: 'butt', opacity: 0.45 },
        encoding: { x: { field: 'start', type: 'temporal', ...x }, x2: { field: 'end' }, y, yOffset, color, description: { field: 'summary' } },
      },
      {
        name: timelinePointMark,
        mark: { type: 'point', stroke: '#ffffff', strokeWidth: 0.8 },
        encoding: {
          x: { field: 'point', type: 'temporal', ...x },
          y,
          yOffset,
          color,
          description: { field: 'summary' },
          tooltip: [
            { field: 'summary', title: 'Fact' },
            { field: 'when', title: 'Date' },
            { field: 'category', title: 'Category' },
            { field: 'source', title: 'Source' },
          ],
        },
      },
    ],
  };
  const subtitle = [
    `Each point is one dated fact (${dots.length} of ${events.length}), in its category’s row, ${first}–${last - 1}.${undated ? ' ' + notShown(undated, 'fact') : ''}`,
    `Lines span the year or month a date refers to: ${placementNote}. All dates UTC.`,
  ];
  return {
    name: 'timeline',
    title: 'Timeline of the facts',
    subtitle,
    spec: frame(chart, { title: 'Timeline of the facts', subtitle, source: sourceLine(records), description: 'Timeline of every dated fact, one row per category; hover a point for the fact’s summary.' }),
  };
}
