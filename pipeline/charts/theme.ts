/**
 * One look across all charts: bundled font, colour-blind-safe palettes, sizes that read at A4 width,
 * and frame(), which adds the title, the subtitle and the source line to a chart.
 */
import { fontFamily, wrapText } from './fonts.ts';

export { pngScale } from './png-scale.ts';

/** Width of a chart's plotting area in px: with axis labels the SVG is ~680 px, which scales well to an A4 text column. */
export const plotWidth = 560;

/**
 * Colour per events.category: the same colour means the same category in every chart. Every colour has at least
 * 3:1 contrast against the white background (WCAG 2.1 non-text contrast; test/charts.test.ts checks it), and every
 * chart also separates categories by position or label, so colour is never the only cue.
 */
export const categoryColours: Record<string, string> = {
  diplomatic_relations: '#332288',
  visit: '#1F78B4',
  agreement: '#117733',
  trade: '#6A3D9A',
  finance: '#8C510A',
  aid: '#997700',
  investment: '#CC3311',
  political_support: '#882255',
  un_vote: '#AA4499',
  cultural: '#D81B60',
  technology: '#00798C',
  media: '#666666',
};
/** Colour for a category the table above does not name. */
export const fallbackColour = '#707070';

/** Colours of directions (visitor's country → host, A ↔ B): a palette of their own, none of them a category colour. */
export const directionColours = ['#B2182B', '#2166AC', '#4D4D4D', '#5E3C99', '#1A9850', '#8C2D04'];

/** Colours of lenders and providers of money: a palette of their own; the last is "other". */
export const lenderColours = ['#1B7837', '#762A83', '#B35806', '#01665E', '#7F3B08', '#2D004B', '#878787'];

/** The background every chart is drawn on. */
export const background = '#ffffff';

/** Relative luminance of an sRGB colour '#rrggbb' (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A sequential grey ramp for counts: its lightest end keeps 4.5:1 against white (and white text on it), so every cell reads. */
export const countRange = ['#767676', '#1a1a1a'];

/** Subtitles and the source line are wrapped to this width in px, so that no line makes a chart wider. */
export const textWidthLimit = plotWidth + 100;

/** The subtitle's and the source line's font sizes. */
const subtitleFontSize = 11;
const sourceFontSize = 9.5;

const ink = '#222222';
const muted = '#555555';

/** Vega-Lite config shared by every chart. */
export const config = {
  font: fontFamily,
  background,
  padding: 12,
  view: { stroke: null },
  title: { font: fontFamily, fontSize: 16, fontWeight: 'bold', color: ink, anchor: 'start', offset: 10, subtitleFont: fontFamily, subtitleFontSize, subtitleColor: muted, subtitlePadding: 5, subtitleLineHeight: 15 },
  axis: { labelFont: fontFamily, labelFontSize: 11, labelColor: ink, titleFont: fontFamily, titleFontSize: 11, titleFontWeight: 'bold', titleColor: ink, gridColor: '#e6e6e6', domainColor: '#888888', tickColor: '#888888', labelLimit: 220 },
  legend: { labelFont: fontFamily, labelFontSize: 11, labelColor: ink, titleFont: fontFamily, titleFontSize: 11, titleFontWeight: 'bold', titleColor: ink, orient: 'top', direction: 'horizontal', columns: 4, symbolSize: 90, labelLimit: 200, columnPadding: 14 },
  text: { font: fontFamily, fontSize: 11, color: ink },
  point: { filled: true, size: 70, opacity: 0.9 },
  bar: { stroke: '#ffffff', strokeWidth: 1 },
} as const;

/** The source line's style: small, grey, at the bottom left. */
const sourceTitle = { orient: 'bottom', anchor: 'start', fontSize: sourceFontSize, lineHeight: 13, fontWeight: 'normal', color: muted, offset: 14 } as const;

export interface Frame {
  title: string;
  /** What is shown; one string per line. */
  subtitle: string[];
  /** The source line (see sourceLine in facts.ts). */
  source: string;
  /** Text for screen readers: what the chart shows. */
  description: string;
}

/**
 * A complete, self-contained Vega-Lite spec: the chart in a one-view vconcat so it can carry two titles,
 * the title and subtitle at the top and the source line at the bottom.
 */
export function frame(chart: Record<string, unknown>, f: Frame): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: f.description,
    title: { text: f.title, subtitle: f.subtitle.flatMap((line) => wrapText(line, subtitleFontSize, textWidthLimit)) },
    config,
    vconcat: [{ ...chart, title: { text: wrapText(f.source, sourceFontSize, textWidthLimit), ...sourceTitle } }],
  };
}
