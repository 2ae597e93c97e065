/**
 * Every character of the brief printed with a glyph: pdfkit does not fall back to another font, so text is cut
 * into runs, each in the first bundled font that draws its characters — the style's DejaVu font, then Noto Sans
 * SC (Chinese, Japanese kana, full-width forms) and Noto Emoji (monochrome emoji), both from npm and embedded as
 * subsets. A character no bundled font draws is remembered, and the stage warns naming it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontPath } from './fonts.ts';

interface Font { hasGlyphForCodePoint(codePoint: number): boolean }
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync(path: string): Font };
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Fallback fonts, tried in this order, by registered name → TTF file. */
export const fallbackFontFiles: Record<string, string> = {
  'Noto Sans SC': join(packageDir('@expo-google-fonts/noto-sans-sc'), '400Regular', 'NotoSansSC_400Regular.ttf'),
  'Noto Emoji': join(packageDir('@expo-google-fonts/noto-emoji'), '400Regular', 'NotoEmoji_400Regular.ttf'),
};

export interface Run { text: string; font: string }

/** Characters that take the font of the character before them: combining marks, joiners, variation selectors. */
const CLINGS = /[\p{M}\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
/** Characters with nothing to draw: whitespace and format controls (line breaks, bidi marks, zero-width spaces). */
const INVISIBLE = /[\s\p{Cf}]/u;

/** The glyph coverage of the brief's fonts, and the characters none of them draws. */
export class GlyphCoverage {
  private readonly opened = new Map<string, Font>();
  private readonly known = new Map<string, Map<number, boolean>>();
  /** Code points no bundled font draws, with the text they were met in first. */
  readonly missing = new Map<number, string>();

  private font(name: string): Font {
    let f = this.opened.get(name);
    if (!f) {
      f = fontkit.openSync(fallbackFontFiles[name] ?? fontPath(name));
      this.opened.set(name, f);
    }
    return f;
  }

  /** Whether the registered font `name` has a glyph for a code point (cached). */
  draws(name: string, cp: number): boolean {
    let cache = this.known.get(name);
    if (!cache) this.known.set(name, (cache = new Map()));
    let has = cache.get(cp);
    if (has === undefined) cache.set(cp, (has = this.font(name).hasGlyphForCodePoint(cp)));
    return has;
  }

  /** The font to print one character in: the style's own font when it draws it, else the first fallback that does. */
  private fontFor(cp: number, font: string, context: string): string {
    if (cp < 0x250 || this.draws(font, cp)) return font;
    const fallback = Object.keys(fallbackFontFiles).find((name) => this.draws(name, cp));
    if (fallback) return fallback;
    if (!this.missing.has(cp)) this.missing.set(cp, context);
    return font;
  }

  /** The text cut into runs of one font each; a text its font draws whole is one run. */
  runs(text: string, font: string): Run[] {
    const runs: Run[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const last = runs[runs.length - 1];
      const chosen = last && CLINGS.test(ch) ? last.font : INVISIBLE.test(ch) ? (cp < 0x250 || this.draws(font, cp) ? font : (last?.font ?? font)) : this.fontFor(cp, font, text);
      if (last && last.font === chosen) last.text += ch;
      else runs.push({ text: ch, font: chosen });
    }
    return runs.length ? runs : [{ text, font }];
  }

  /** A stand-in of the text for measuring with its style's font: each fallback character as a wide Latin letter. */
  standIn(text: string, font: string): string {
    const runs = this.runs(text, font);
    if (runs.length === 1 && runs[0].font === font) return text;
    return runs.map((r) => (r.font === font ? r.text : [...r.text].map((ch) => (INVISIBLE.test(ch) ? ch : r.font === 'Noto Emoji' ? 'WM' : 'W')).join(''))).join('');
  }
}
