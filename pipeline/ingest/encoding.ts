/** Which bytes a file holds: UTF-8 or not, where the first bad byte is, and what the file probably is instead. */

/**
 * The index of the first byte of the first ill-formed UTF-8 sequence in `bytes`, or -1 when all of it is UTF-8.
 * Follows the Unicode table of well-formed sequences (no overlongs, no surrogates, nothing above U+10FFFF),
 * so it agrees with TextDecoder's fatal mode; a sequence cut off by the end of the file counts as ill-formed.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const c = bytes[i];
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return i;
    if (i + need >= n || bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counting "\n" bytes before it). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** "UTF-16 with a byte-order mark", "UTF-16 without a byte-order mark" (a zero in every other byte), or null. */
export function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'UTF-16 text (it starts with a UTF-16 byte-order mark)';
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  return Math.max(evenZeros, oddZeros) >= pairs * 0.3 && Math.min(evenZeros, oddZeros) <= pairs * 0.05
    ? 'UTF-16 text without a byte-order mark (a zero byte in every other byte)'
    : null;
}

/** Whether the bytes of an ill-formed file read like Latin-1 / Windows-1252 (single high bytes between ASCII). */
export function looksLikeLatin1(bytes: Uint8Array, badByte: number): boolean {
  const c = bytes[badByte];
  return c >= 0xa0 && (badByte + 1 >= bytes.length || bytes[badByte + 1] < 0x80);
}

/** Decodes UTF-8 bytes known to be well-formed, keeping a BOM (offsets count every code point of the file). */
export function decodeWellFormedUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
