/** Column widths and row heights estimated from the text (exceljs cannot measure fonts; Excel does not auto-fit on open). */
import { WIDTH, LINE_HEIGHT, CHARS_PER_WIDTH } from './layout.ts';
import { textWidth } from './columns.ts';

/** A column width that fits the header (with its filter button) and a value `widest` characters wide, within WIDTH bounds. */
export function fittedWidthOf(header: string, widest: number): number {
  return Math.min(WIDTH.max, Math.max(WIDTH.min, Math.max(textWidth(header) + WIDTH.filterButton, widest) + WIDTH.padding));
}

/** Whether a text is wider than a column `width` characters wide, or spans lines, so the column has to wrap. */
export function wrapsAt(text: string, width: number): boolean {
  return textWidth(text) + WIDTH.padding > width || /[\r\n]/.test(text);
}

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor((width - WIDTH.padding) * CHARS_PER_WIDTH));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = Array.from(word).length;
      if (used > 0 && used + 1 + w > capacity) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + w;
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** Row height in points for the given number of lines, or undefined for one line (the default height). */
export function rowHeight(lines: number): number | undefined {
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}
