/** Facts by category: how many facts of each kind the sources state, dated or not. */
import type { RecordsFile } from '../lib/records.ts';
import { categoriesInUse, sourceLine } from './facts.ts';
import { categoryLabels, labelOf } from './labels.ts';
import { categoryColours, fallbackColour, frame, plotWidth } from './theme.ts';
import type { ChartDef } from './chart.ts';

/** Name of the bar layer: the test counts its marks in the SVG. */
export const categoryBarMark = 'category_bars';

export function categoriesChart(records: RecordsFile): ChartDef | null {
  const events = records.tables.events;
  if (events.length === 0) return null;
  const values = categoriesInUse(events)
    .map((c) => ({ category: labelOf(categoryLabels, c), colour: categoryColours[c] ?? fallbackColour, facts: events.filter((e) => e.category === c).length, dated: events.filter((e) => e.category === c && e.date !== null).length }))
    .sort((a, b) => b.facts - a.facts || a.category.localeCompare(b.category));
  const y = { field: 'category', type: 'nominal', sort: values.map((v) => v.category), axis: { title: null, ticks: false, domain: false, labelPadding: 6 } };
  const chart = {
    width: plotWidth,
    height: { step: 24 },
    data: { values },
    encoding: { y },
    layer: [
      {
        name: categoryBarMark,
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'facts', type: 'quantitative', axis: { title: 'Facts', tickMinStep: 1, format: 'd' } },
          color: { field: 'colour', type: 'nominal', scale: null, legend: null },
          tooltip: [{ field: 'category', title: 'Category' }, { field: 'facts', title: 'Facts' }, { field: 'dated', title: 'Of which dated' }],
        },
      },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { x: { field: 'facts', type: 'quantitative' }, text: { field: 'facts' } } },
    ],
  };
  const subtitle = [`All ${events.length} facts the sources state, dated or not, by what kind of fact they are.`];
  return {
    name: 'categories',
    title: 'Facts by category',
    subtitle,
    spec: frame(chart, { title: 'Facts by category', subtitle, source: sourceLine(records), description: 'Bar chart: number of facts per category.' }),
    csv: values.map(({ colour: _c, ...row }) => row),
  };
}
