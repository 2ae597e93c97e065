/**
 * The bundled fonts (DejaVu, from npm: Latin, Cyrillic, typographic quotes and dashes), registered
 * under their family names so that the charts' SVG text (font-family "DejaVu Sans") finds them too.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ttfDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Registered font name → TTF file. A name is "<family>" or "<family>-Bold" / "-Italic" / "-BoldItalic". */
export const fontFiles: Record<string, string> = {
  'DejaVu Serif': 'DejaVuSerif.ttf',
  'DejaVu Serif-Bold': 'DejaVuSerif-Bold.ttf',
  'DejaVu Serif-Italic': 'DejaVuSerif-Italic.ttf',
  'DejaVu Sans': 'DejaVuSans.ttf',
  'DejaVu Sans-Bold': 'DejaVuSans-Bold.ttf',
  'DejaVu Sans-Italic': 'DejaVuSans-Oblique.ttf',
  'DejaVu Sans-BoldItalic': 'DejaVuSans-BoldOblique.ttf',
  'DejaVu Sans Condensed': 'DejaVuSansCondensed.ttf',
  'DejaVu Sans Condensed-Bold': 'DejaVuSansCondensed-Bold.ttf',
};

/** The roles the brief's typography uses, by registered font name. */
export const fonts = {
  body: 'DejaVu Serif',
  bodyBold: 'DejaVu Serif-Bold',
  bodyItalic: 'DejaVu Serif-Italic',
  sans: 'DejaVu Sans',
  sansBold: 'DejaVu Sans-Bold',
  table: 'DejaVu Sans Condensed',
  tableBold: 'DejaVu Sans Condensed-Bold',
} as const;

/** The TTF file of a registered DejaVu font. */
export function fontPath(name: string): string {
  return join(ttfDir, fontFiles[name] ?? fontFiles['DejaVu Sans']);
}

/** Registers every bundled font with the document, the fallback fonts of glyphs.ts (CJK, emoji) too. */
export function registerFonts(doc: PDFKit.PDFDocument, fallbacks: Record<string, string> = {}): void {
  for (const [name, file] of Object.entries(fontFiles)) doc.registerFont(name, join(ttfDir, file));
  for (const [name, path] of Object.entries(fallbacks)) doc.registerFont(name, path);
}

/**
 * The registered font for an SVG text element: its first font-family if bundled, else DejaVu Sans
 * (never one of PDF's standard fonts, which would not be embedded).
 */
export function fontForSvg(family: string, bold: boolean, italic: boolean): string {
  const first = family.split(',')[0].trim().replace(/^["']|["']$/g, '');
  const base = fontFiles[first] ? first : /serif/i.test(first) && !/sans/i.test(first) ? 'DejaVu Serif' : 'DejaVu Sans';
  const styled = `${base}-${bold && italic ? 'BoldItalic' : bold ? 'Bold' : italic ? 'Italic' : ''}`.replace(/-$/, '');
  return fontFiles[styled] ? styled : fontFiles[`${base}-Bold`] && bold ? `${base}-Bold` : base;
}
