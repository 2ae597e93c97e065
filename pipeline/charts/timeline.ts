/**
 * Timeline: facts per year, one row per category (small multiples on one year axis), so that it stays legible
 * with hundreds of facts. Blocks of facts whose date is inferred (≈ in the brief and workbook) are hollow.
 */
import type { RecordsFile, Row } from '../lib/records.ts';
import { isInferredDate } from '../lib/marks.ts';
import { categoriesInUse, yearLabels, notShown, sourceLine, yearOf, yearsFrom } from './facts.ts';
import { categoryLabels, labelOf } from './labels.ts';
import { background, categoryColours, fallbackColour, frame, plotWidth } from './theme.ts';
import type { ChartDef } from './chart.ts';
import { extent } from '../lib/extent.ts';

/** Name of the bar layer. */
export const timelineBarMark = 'timeline_bars';

/** The words for the two kinds of date, as the data and the legend name them. */
export const dateKinds = { stated: 'stated in the sentence', inferred: 'inferred (≈)' } as const;

export type TimelineRow = {
  year: number;
  category: string;
  date: string;
  facts: number;
};

/** Dated facts counted by year, category and kind of date, in category order then year. */
export function timelineRows(events: Row[]): TimelineRow[] {
  const counts = new Map<string, TimelineRow>();
  const order = categoriesInUse(events);
  for (const e of events) {
    if (e.date === null) continue;
    const row = { year: yearOf(String(e.date)), category: labelOf(categoryLabels, String(e.category)), date: isInferredDate(e) ? dateKinds.inferred : dateKinds.stated, facts: 0 };
    const key = `${order.indexOf(String(e.category)).toString().padStart(3, '0')}|${row.year}|${row.date}`;
    (counts.get(key) ?? counts.set(key, row).get(key)!).facts++;
  }
  return [...counts.keys()].sort().map((k) => counts.get(k)!);
}

export function timelineChart(records: RecordsFile): ChartDef | null {
  const events = records.tables.events;
  const values = timelineRows(events);
  if (values.length === 0) return null;
  const used = categoriesInUse(events.filter((e) => e.date !== null));
  const categories = used.map((c) => labelOf(categoryLabels, c));
  const colours = used.map((c) => categoryColours[c] ?? fallbackColour);
  const years = values.map((v) => v.year);
  const [first, last] = extent(years);
  const max = Math.max(...yearsFrom(first, last).flatMap((y) => categories.map((c) => values.filter((v) => v.year === y && v.category === c).reduce((s, v) => s + v.facts, 0))));
  const colour = { field: 'category', type: 'nominal', scale: { domain: categories, range: colours }, legend: null };
  const chart = {
    data: { values },
    facet: { row: { field: 'category', type: 'nominal', sort: categories, header: { title: null, labelAngle: 0, labelOrient: 'left', labelAlign: 'left', labelAnchor: 'middle', labelFontSize: 11, labelPadding: 4, labelLimit: 130 } } },
    spacing: 8,
    spec: {
      width: plotWidth - 130,
      height: 24,
      name: timelineBarMark,
      mark: { type: 'bar', strokeWidth: 1.2 },
      encoding: {
        x: { field: 'year', type: 'ordinal', scale: { domain: yearsFrom(first, last), paddingInner: 0.2 }, axis: { title: null, labelAngle: 0, values: yearLabels(first, last), ticks: false, domain: true } },
        y: { field: 'facts', type: 'quantitative', stack: 'zero', scale: { domain: [0, max], nice: false }, axis: { title: null, values: [0, max], format: 'd', grid: true, ticks: false, domain: false, labelExpr: "datum.value === 0 ? '' : datum.label", labelBaseline: 'top' } },
        stroke: colour,
        fill: { ...colour, condition: { test: `datum.date === '${dateKinds.inferred}'`, value: background } },
        order: { field: 'date', sort: 'descending' },
        tooltip: [{ field: 'category', title: 'Category' }, { field: 'year', title: 'Year' }, { field: 'facts', title: 'Facts' }, { field: 'date', title: 'Date' }],
      },
    },
    resolve: { scale: { y: 'shared' } },
  };
  const dated = values.reduce((s, v) => s + v.facts, 0);
  const inferred = values.filter((v) => v.date === dateKinds.inferred).reduce((s, v) => s + v.facts, 0);
  const undated = events.length - dated;
  const subtitle = [
    `Facts per year by category, ${first}–${last}: ${dated} dated facts of ${events.length}.${undated ? ' ' + notShown(undated, 'fact') : ''}`,
    `Solid: the date is stated in the fact’s sentence. Hollow: the date is inferred (${inferred} facts), from the publication date or the surrounding text. A date known only to the year counts in that year; each row’s scale runs from 0 to ${max} facts a year.`,
  ];
  return {
    name: 'timeline',
    title: 'Timeline: facts per year by category',
    subtitle,
    spec: frame(chart, { title: 'Timeline: facts per year by category', subtitle, source: sourceLine(records), description: 'Small multiples: facts per year, one row per category; hollow blocks are facts whose date is inferred.' }),
    csv: values,
  };
}
