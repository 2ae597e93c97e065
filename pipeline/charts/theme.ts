/**
 * One look across all charts: bundled font, colour-blind-safe palettes, sizes that read at A4 width,
 * and frame(), which adds the title, the subtitle and the source line to a chart.
 */
import { fontFamily, wrapText } from './fonts.ts';

/** PNGs are rendered at this multiple of the SVG size (for slides). */
export const pngScale = 2;

/** Width of a chart's plotting area in px: with axis labels the SVG is ~680 px, which scales well to an A4 text column. */
export const plotWidth = 560;

/**
 * Colour per events.category, from Paul Tol's colour-blind-safe "muted" scheme plus Okabe–Ito blue/orange
 * and a grey. Every chart also separates categories by position or label, so colour is never the only cue.
 */
export const categoryColours: Record<string, string> = {
  diplomatic_relations: '#332288',
  visit: '#88CCEE',
  agreement: '#44AA99',
  trade: '#117733',
  finance: '#999933',
  aid: '#DDCC77',
  investment: '#CC6677',
  political_support: '#882255',
  un_vote: '#AA4499',
  cultural: '#E69F00',
  technology: '#0072B2',
  media: '#777777',
};
/** Colour for a category the table above does not name. */
export const fallbackColour = '#BBBBBB';

/** Okabe–Ito colours (without black and yellow, which read poorly on white) for series with no fixed colour: directions, kinds of money. */
export const seriesColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#999933', '#882255', '#777777'];

/** A single-hue sequential scheme for counts (colour-blind safe). */
export const countScheme = 'blues';

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
  background: '#ffffff',
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
