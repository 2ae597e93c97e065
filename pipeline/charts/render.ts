/** Headless rendering: Vega-Lite → Vega → SVG (Vega's string renderer, no browser, no canvas) → PNG (resvg, bundled fonts). */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';
import { pngScale } from './theme.ts';
import { fontFamily, fontFiles, useBundledFontMetrics } from './fonts.ts';

/** The Vega spec a Vega-Lite spec compiles to. */
export function compileSpec(spec: object): vega.Spec {
  return compile(spec as TopLevelSpec).spec;
}

/** The chart as SVG text, as Vega's SVG renderer draws it. */
export async function renderSvg(spec: object): Promise<string> {
  useBundledFontMetrics();
  const view = new vega.View(vega.parse(compileSpec(spec)), { renderer: 'none', logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The width and height in px that an SVG's root element declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(root)?.[1]);
  return { width: attr('width'), height: attr('height') };
}

/** The SVG rasterised at pngScale × its size, with the bundled fonts only (never the system's). */
export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: pngScale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  });
  return resvg.render().asPng();
}
