/** Headless rendering: Vega-Lite → Vega → SVG (Vega's string renderer, no browser, no canvas). The PNG is png.ts's. */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { useBundledFontMetrics } from './fonts.ts';

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
