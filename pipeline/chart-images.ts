/**
 * Stage, chart images: <charts-dir>/charts.json and the SVGs it lists → the PNG it names for each chart (2× the SVG's
 * size, resvg, the bundled fonts: charts/png.ts). Its own stage so that it runs beside the brief, which needs only the
 * SVGs; the charts stage → brief → site chain is the longest of a build.
 * With a cache folder, a PNG is rendered only when no PNG of the same key is there: the key hashes the SVG's bytes and
 * everything else the PNG depends on (resvg's options and version, the font files' bytes), so a cached PNG is the PNG
 * rendering would make. After the run the cache holds only the PNGs of this run's charts.
 * Usage: chart-images.ts <charts-dir>/charts.json [<cache-dir>]
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonFile, writeFileAtomic, writeFilesAtomic } from './lib/io.ts';
import { PipelineError, runStage } from './lib/errors.ts';
import { messages } from './lib/messages.ts';
import { pngKey, renderPng } from './charts/png.ts';

interface Image { name: string; svg: string; png: string }

/** The charts the manifest lists, each with its SVG file and the PNG file to write, checked. */
export function imagesOf(manifestPath: string): Image[] {
  const manifest = readJsonFile<{ charts?: unknown }>(manifestPath, 'charts manifest');
  if (!manifest || !Array.isArray(manifest.charts)) throw new PipelineError(messages.chartsManifestInvalid(manifestPath, 'no "charts" list'));
  return (manifest.charts as { name?: unknown; svg?: unknown; png?: unknown }[]).map((entry, i) => {
    if (typeof entry.name !== 'string' || typeof entry.svg !== 'string' || typeof entry.png !== 'string') {
      throw new PipelineError(messages.chartsManifestInvalid(manifestPath, `charts[${i}] needs "name", "svg" and "png"`));
    }
    const svg = join(dirname(manifestPath), entry.svg);
    if (!existsSync(svg)) throw new PipelineError(messages.fileMissing(svg, `SVG of chart "${entry.name}" listed in ${manifestPath}`));
    return { name: entry.name, svg, png: join(dirname(manifestPath), entry.png) };
  });
}

/** The PNG of an SVG: from the cache when it holds the SVG's key, else rendered (and put in the cache). */
export function pngOf(svg: string, cache: string | undefined, used: Set<string>): Uint8Array {
  if (!cache) return renderPng(svg);
  const file = `${pngKey(svg)}.png`;
  used.add(file);
  const cached = join(cache, file);
  if (existsSync(cached)) return readFileSync(cached);
  const png = renderPng(svg);
  writeFileAtomic(cached, png);
  return png;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('chart-images', () => {
    const [manifestPath, cache] = process.argv.slice(2);
    if (!manifestPath) throw new PipelineError(messages.chartsUsage('chart-images.ts <charts-dir>/charts.json [<cache-dir>]'));
    const used = new Set<string>();
    const files = imagesOf(manifestPath).map(({ name, svg, png }): [string, Uint8Array] => {
      try {
        return [png, pngOf(readFileSync(svg, 'utf8'), cache, used)];
      } catch (error) {
        if (error instanceof PipelineError) throw error;
        throw new PipelineError(messages.chartImageFailed(name, (error as Error).message));
      }
    });
    writeFilesAtomic(files);
    if (cache && existsSync(cache)) for (const f of readdirSync(cache)) if (!used.has(f)) rmSync(join(cache, f), { force: true });
  });
}
