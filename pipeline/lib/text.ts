/** Offsets inside the pipeline are UTF-16 indices (JavaScript strings); published offsets are Unicode code points. */

/**
 * The UTF-16 index of the low half of each surrogate pair of `text` (a character outside the Basic Multilingual
 * Plane, rare in news text), in order: all that the offset conversions below need, so that they cost nothing for a
 * text without one instead of a table of four bytes per character.
 */
function surrogatePairEnds(text: string): number[] {
  const ends: number[] = [];
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return ends;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) ends.push(++i);
    }
  }
  return ends;
}

/** How many values of the sorted list `xs` are below `x` (or at most `x` when `orEqual`). */
function countBelow(xs: number[], x: number, orEqual: boolean): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x || (orEqual && xs[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A converter from UTF-16 indices of `text` to code-point indices (both halves of a surrogate pair map to the pair's
 * code point), O(log pairs) per call after one pass: the identity for a text without surrogate pairs.
 */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  const ends = surrogatePairEnds(text);
  if (!ends.length) return (i) => i;
  return (i) => i - countBelow(ends, i, true);
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

/** A function slicing `text` between code-point offsets, O(log pairs) per call after one pass: for checking many quotes of one text. */
export function codePointSlicer(text: string): (start: number, end: number) => string {
  // The code-point offset of each surrogate pair: a code-point offset cp is the UTF-16 index cp + (pairs before it).
  const pairs = surrogatePairEnds(text).map((end, k) => end - 1 - k);
  const n = text.length - pairs.length;
  const at = (cp: number) => cp + countBelow(pairs, cp, false);
  const clamp = (i: number) => (i < 0 ? Math.max(0, n + i) : Math.min(i, n)); // as Array.prototype.slice does
  return (start, end) => {
    const [a, b] = [clamp(start), clamp(end)];
    return a < b ? text.slice(at(a), at(b)) : '';
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
