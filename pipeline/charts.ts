/**
 * Stage, charts: build/…/records.json → <out-dir>/<name>.vl.json, <name>.svg and <name>.csv (its data) per chart, then <out-dir>/charts.json
 * (the manifest, written last). Vega-Lite specs carry their data inline; SVG from Vega's renderer with the bundled
 * DejaVu Sans. The PNGs the manifest names are the chart images stage's (pipeline/chart-images.ts), which runs beside
 * the brief: the brief needs only the SVGs. Files of charts no longer produced are removed.
 * Usage: charts.ts <records.json> <out-dir>
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeFilesAtomic, writeJsonAtomic } from './lib/io.ts';
import { readRecordsFile } from './lib/records-file.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import type { RecordsFile } from './lib/records.ts';
import type { ChartDef } from './charts/chart.ts';
import { renderSvg, svgSize } from './charts/render.ts';
import { timelineChart } from './charts/timeline.ts';
import { visitsChart } from './charts/visits.ts';
import { moneyChart } from './charts/money.ts';
import { categoriesChart } from './charts/categories.ts';
import { directionsChart } from './charts/directions.ts';
import { pngScale } from './charts/theme.ts';

/** Every chart the stage can make, in manifest order; each returns null when the data would leave it empty. */
export const chartBuilders = [timelineChart, visitsChart, moneyChart, categoriesChart, directionsChart];

/** The charts the records support. */
export function chartsFor(records: RecordsFile): ChartDef[] {
  return chartBuilders.map((build) => build(records)).filter((c): c is ChartDef => c !== null);
}

export interface Rendered {
  chart: ChartDef;
  svg: string;
  width: number;
  height: number;
}

/** One chart rendered to SVG; a failure names the chart. */
export async function renderChart(chart: ChartDef): Promise<Rendered> {
  try {
    const svg = await renderSvg(chart.spec);
    return { chart, svg, ...svgSize(svg) };
  } catch (error) {
    throw new PipelineError(messages.chartFailed(chart.name, (error as Error).message));
  }
}

/** A chart's data as CSV (RFC 4180, CRLF, header row; text a spreadsheet could run as a formula is prefixed with '). */
export function chartCsv(chart: ChartDef): string {
  const columns = Object.keys(chart.csv[0] ?? {});
  return stringify(chart.csv, { header: true, columns, record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true, cast: { boolean: (v: boolean) => (v ? 'true' : 'false'), number: (v: number) => String(v) } });
}

/** The manifest the brief stage reads. */
export function manifest(rendered: Rendered[]): object {
  return {
    charts: rendered.map(({ chart, width, height }) => ({
      name: chart.name,
      title: chart.title,
      subtitle: chart.subtitle.join(' '),
      spec: `${chart.name}.vl.json`,
      svg: `${chart.name}.svg`,
      png: `${chart.name}.png`,
      csv: `${chart.name}.csv`,
      width,
      height,
      png_scale: pngScale,
    })),
  };
}

/** Chart files in the folder that belong to no chart produced now. */
function staleFiles(dir: string, keep: Set<string>): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(vl\.json|svg|png|csv)$/.test(f) && !keep.has(f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('charts', async () => {
    const [input, out] = process.argv.slice(2);
    if (!input || !out) throw new PipelineError(messages.chartsUsage('charts.ts <records.json> <out-dir>'));
    const records = readRecordsFile(input, 'records');
    const rendered: Rendered[] = [];
    for (const chart of chartsFor(records)) rendered.push(await renderChart(chart));
    const files = rendered.flatMap(({ chart, svg }): [string, string][] => [
      [join(out, `${chart.name}.vl.json`), JSON.stringify(chart.spec, null, 2) + '\n'],
      [join(out, `${chart.name}.svg`), svg],
      [join(out, `${chart.name}.csv`), chartCsv(chart)],
    ]);
    writeFilesAtomic(files);
    // a current chart's PNG stays (the chart images stage rewrites it); any other chart file goes
    const keep = new Set([...files.map(([p]) => p.slice(out.length).replace(/^\/+/, '')), ...rendered.map(({ chart }) => `${chart.name}.png`)]);
    for (const f of staleFiles(out, keep)) rmSync(join(out, f));
    writeJsonAtomic(join(out, 'charts.json'), manifest(rendered));
  });
}
