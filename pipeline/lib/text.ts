/** Offsets inside the pipeline are UTF-16 indices (JavaScript strings); published offsets are Unicode code points. */

/** A converter from UTF-16 indices of `text` to code-point indices, O(1) per call after O(n) set-up. */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const isHighSurrogate = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    if (isHighSurrogate) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

/** UTF-16 index of every code-point offset of `text` (one more entry than it has code points), in one pass. */
export function utf16IndexOfCodePoints(text: string): Uint32Array {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  table[cp] = text.length;
  return table.subarray(0, cp + 1);
}

/** A function slicing `text` between code-point offsets, O(1) per call after O(n) set-up: for checking many quotes of one text. */
export function codePointSlicer(text: string): (start: number, end: number) => string {
  const at = utf16IndexOfCodePoints(text);
  const n = at.length - 1;
  const clamp = (i: number) => (i < 0 ? Math.max(0, n + i) : Math.min(i, n)); // as Array.prototype.slice does
  return (start, end) => {
    const [a, b] = [clamp(start), clamp(end)];
    return a < b ? text.slice(at[a], at[b]) : '';
  };
}

/** The text of `text` between code-point offsets [start, end): how a reader checks a quote. O(n): for many quotes, use codePointSlicer. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return codePointSlicer(text)(start, end);
}

/** Number of Unicode code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
