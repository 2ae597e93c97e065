/**
 * PNG of a chart's SVG: resvg at pngScale × the SVG's size, on white, with the bundled fonts only (never the
 * system's). Kept apart from render.ts so that the chart images stage starts without loading Vega.
 * A PNG is a function of the SVG's bytes, the options below, resvg's version and the font files' bytes: pngKey hashes
 * exactly those, so a PNG cached under its key is the PNG rendering would make.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { pngScale } from './png-scale.ts';
import { fontFamily, fontFiles } from './font-files.ts';

/** resvg's options for every chart. */
export function pngOptions(): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: pngScale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  };
}

/** The SVG rasterised at pngScale × its size, with the bundled fonts only. */
export function renderPng(svg: string): Uint8Array {
  return new Resvg(svg, pngOptions()).render().asPng();
}

let renderer: string | undefined;

/** What every PNG depends on besides its SVG: the options, resvg's version and the bytes of the fonts it loads. */
function rendererKey(): string {
  if (renderer === undefined) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify(pngOptions()));
    hash.update(String((createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version));
    for (const file of fontFiles()) hash.update(readFileSync(file));
    renderer = hash.digest('hex');
  }
  return renderer;
}

/** The key of the PNG an SVG renders to: a hash of the SVG and of everything else the PNG depends on. */
export function pngKey(svg: string): string {
  return createHash('sha256').update(rendererKey()).update('\n').update(svg).digest('hex');
}
