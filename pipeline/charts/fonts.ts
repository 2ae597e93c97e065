/**
 * The bundled font (DejaVu Sans from the dejavu-fonts-ttf npm package, never the system's), and text widths measured with the bundled font's real glyph advances (fontkit), installed into Vega's textMetrics.
 * Without a canvas Vega guesses 0.8 em per character, which makes the SVG far wider than its text and
 * truncates labels at the wrong place; with this, layout matches what resvg and the PDF draw.
 */
import { createRequire } from 'node:module';
import * as vega from 'vega';
import { fontFiles } from './font-files.ts';

export { fontFamily, fontFiles } from './font-files.ts';

interface Font {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): Font };

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

const [regularPath, boldPath] = fontFiles();
let fonts: { regular: Font; bold: Font } | undefined;
const cache = new Map<string, number>();

/** Width in px of text set in the bundled font at a size and weight. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  fonts ??= { regular: fontkit.openSync(regularPath), bold: fontkit.openSync(boldPath) };
  const key = `${bold ? 'b' : 'r'}${fontSize} ${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const font = bold ? fonts.bold : fonts.regular;
    width = (font.layout(text).advanceWidth / font.unitsPerEm) * fontSize;
    cache.set(key, width);
  }
  return width;
}

const isBold = (weight: TextItem['fontWeight']) => weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;

/** Makes Vega measure text with the bundled font; a label with a limit never counts wider than the limit (Vega truncates it). */
export function useBundledFontMetrics(): void {
  // vega exports textMetrics (from vega-scenegraph) but its typings do not declare it.
  (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics.width = (item, text) => {
    const line = text == null ? '' : String(text).trim();
    const width = textWidth(line, item.fontSize ?? 11, isBold(item.fontWeight));
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}

/** Text broken into lines no wider than maxWidth px in the bundled font (breaking at spaces). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
