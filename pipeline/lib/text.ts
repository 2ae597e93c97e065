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

/** The text of `text` between code-point offsets [start, end): how a reader checks a quote. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Number of Unicode code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
