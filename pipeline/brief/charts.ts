/** Reads the charts manifest (output/charts/charts.json) and the SVGs it lists, timeline first. */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonFile } from '../lib/io.ts';
import { PipelineError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

export interface Chart {
  name: string;
  title: string;
  subtitle: string | null;
  svgPath: string;
  svg: string;
  width: number;
  height: number;
}

interface ManifestEntry { name?: unknown; title?: unknown; subtitle?: unknown; svg?: unknown; width?: unknown; height?: unknown }

/** One manifest entry checked, with its SVG read from beside the manifest. */
function chartOf(entry: ManifestEntry, manifestPath: string, index: number): Chart {
  const where = `charts[${index}]`;
  if (typeof entry.name !== 'string' || typeof entry.svg !== 'string') throw new PipelineError(messages.chartsManifestInvalid(manifestPath, `${where} needs "name" and "svg"`));
  if (typeof entry.width !== 'number' || typeof entry.height !== 'number' || entry.width <= 0 || entry.height <= 0) {
    throw new PipelineError(messages.chartsManifestInvalid(manifestPath, `${where} needs positive "width" and "height"`));
  }
  const svgPath = join(dirname(manifestPath), entry.svg);
  if (!existsSync(svgPath)) throw new PipelineError(messages.fileMissing(svgPath, `SVG of chart "${entry.name}" listed in ${manifestPath}`));
  return {
    name: entry.name,
    title: typeof entry.title === 'string' ? entry.title : entry.name,
    subtitle: typeof entry.subtitle === 'string' && entry.subtitle ? entry.subtitle : null,
    svgPath,
    svg: readFileSync(svgPath, 'utf8'),
    width: entry.width,
    height: entry.height,
  };
}

/** Every chart the manifest lists, the timeline first, the others in manifest order. */
export function loadCharts(manifestPath: string): Chart[] {
  const manifest = readJsonFile<{ charts?: unknown }>(manifestPath, 'charts manifest');
  if (!manifest || !Array.isArray(manifest.charts)) throw new PipelineError(messages.chartsManifestInvalid(manifestPath, 'no "charts" list'));
  const charts = (manifest.charts as ManifestEntry[]).map((entry, i) => chartOf(entry, manifestPath, i));
  const timeline = charts.find((c) => c.name === 'timeline');
  if (!timeline) throw new PipelineError(messages.timelineChartMissing(manifestPath));
  return [timeline, ...charts.filter((c) => c !== timeline)];
}
