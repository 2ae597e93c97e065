/** Who acts toward whom: facts per category and direction (acting country → partner), as a table of counts. */
import type { RecordsFile } from '../lib/records.ts';
import { categoriesInUse, namer, sourceLine } from './facts.ts';
import { categoryLabels, labelOf } from './labels.ts';
import { countRange, frame } from './theme.ts';
import type { ChartDef } from './chart.ts';
import { arrowOf } from '../lib/marks.ts';

/** Name of the cell layer: the test counts its marks in the SVG. */
export const directionCellMark = 'direction_cells';

/** Null when all facts go one way: the chart would only repeat the categories chart. */
export function directionsChart(records: RecordsFile): ChartDef | null {
  const name = namer(records);
  const events = records.tables.events;
  const directionOf = (e: (typeof events)[number]) => (e.actor_2 === null ? `${name(e.actor_1 as string)} (no partner named)` : `${name(e.actor_1 as string)} ${arrowOf(e)} ${name(e.actor_2 as string)}`);
  const directions = [...new Set(events.map(directionOf))].sort();
  if (directions.length < 2) return null;
  const categories = categoriesInUse(events);
  const values = categories.flatMap((c) =>
    directions.map((d) => ({ category: labelOf(categoryLabels, c), direction: d, facts: events.filter((e) => e.category === c && directionOf(e) === d).length })).filter((v) => v.facts > 0),
  );
  const max = Math.max(...values.map((v) => v.facts));
  const chart = {
    width: { step: Math.max(120, ...directions.map((d) => d.length * 7.5)) },
    height: { step: 26 },
    data: { values },
    encoding: {
      x: { field: 'direction', type: 'nominal', sort: directions, axis: { title: null, orient: 'top', labelAngle: 0, ticks: false, domain: false, labelPadding: 6 } },
      y: { field: 'category', type: 'nominal', sort: categories.map((c) => labelOf(categoryLabels, c)), axis: { title: null, ticks: false, domain: false, labelPadding: 6 } },
    },
    layer: [
      {
        name: directionCellMark,
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2, cornerRadius: 2 },
        encoding: {
          color: { field: 'facts', type: 'quantitative', scale: { range: countRange, domain: [1, Math.max(2, max)] }, legend: null },
          tooltip: [{ field: 'direction', title: 'Direction' }, { field: 'category', title: 'Category' }, { field: 'facts', title: 'Facts' }],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: { text: { field: 'facts' }, color: { value: '#ffffff' } },
      },
    ],
  };
  const subtitle = [`Facts per category by direction: the country the source says acts → the country it acts toward, or A ↔ B for a mutual act (${events.length} facts). A blank cell means no fact.`];
  return {
    name: 'directions',
    title: 'Who acts toward whom',
    subtitle,
    spec: frame(chart, { title: 'Who acts toward whom', subtitle, source: sourceLine(records), description: 'Table of counts: facts per category and direction.' }),
    csv: values,
  };
}
