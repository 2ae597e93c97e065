/**
 * Source text cut into what the pages show, by Unicode code points (the offsets the records publish):
 * the passage around one quote with the quote marked, and a whole text with every quote marked.
 * Every piece of text is escaped here; the templates insert the result as it is.
 */
import Mustache from 'mustache';

export const escapeHtml = (text: string): string => Mustache.escape(text);

/** A source text by Unicode code points (the offsets the records publish): what the pages read of it. */
export interface TextByCodePoints {
  /** Length in code points. */
  readonly length: number;
  /** The code point at offset `cp`, or undefined outside the text. */
  at(cp: number): string | undefined;
  /** The text between code-point offsets [start, end), clamped as Array.prototype.slice clamps. */
  slice(start: number, end: number): string;
}

/**
 * A source text indexed by Unicode code points (the offsets the records publish) without an array of its characters:
 * the text stays one string, and only the code points that take two UTF-16 units (outside the Basic Multilingual
 * Plane, rare in news text) are listed, so a code-point offset becomes a string index by a binary search over them.
 */
export class CodePoints implements TextByCodePoints {
  /** Length in code points. */
  readonly length: number;
  /** Code-point offsets of the characters that take two UTF-16 units, in order. */
  private readonly wide: number[] = [];

  constructor(readonly text: string) {
    if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      let cp = 0;
      for (let i = 0; i < text.length; i++, cp++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            this.wide.push(cp);
            i++;
          }
        }
      }
    }
    this.length = text.length - this.wide.length;
  }

  /** The string index of code-point offset `cp` (0 ≤ cp ≤ length). */
  private index(cp: number): number {
    let [lo, hi] = [0, this.wide.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.wide[mid] < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** The code point at offset `cp`, or undefined outside the text. */
  at(cp: number): string | undefined {
    if (!(cp >= 0 && cp < this.length)) return undefined;
    return this.text.slice(this.index(cp), this.index(cp + 1));
  }

  /** The text between code-point offsets [start, end), clamped as Array.prototype.slice clamps. */
  slice(start: number, end: number): string {
    const clamp = (i: number) => (i < 0 ? Math.max(0, this.length + i) : Math.min(i, this.length));
    const [a, b] = [clamp(start), clamp(end)];
    return a < b ? this.text.slice(this.index(a), this.index(b)) : '';
  }
}

export const toCodePoints = (text: string): CodePoints => new CodePoints(text);

/** An empty text, for a source that has none. */
export const NO_TEXT = new CodePoints('');

const slice = (cps: TextByCodePoints, start: number, end: number): string => cps.slice(start, end);

/** Longest stretch of context shown on either side of a quote, in code points. */
const maxContext = 400;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isNewline = (cps: TextByCodePoints, i: number) => cps.at(i) === '\n';

/** Where the passage around [start, end) begins: the start of its line, or a word start at most maxContext code points back. */
function passageStart(cps: TextByCodePoints, start: number): number {
  let i = start;
  while (i > 0 && !isNewline(cps, i - 1) && start - i < maxContext) i--;
  if (i > 0 && !isNewline(cps, i - 1)) while (i < start && !isSpace(cps.at(i - 1))) i++;
  return i;
}

/** Where the passage around [start, end) ends: the end of its line, or a word end at most maxContext code points on. */
function passageEnd(cps: TextByCodePoints, end: number): number {
  let i = end;
  while (i < cps.length && !isNewline(cps, i) && i - end < maxContext) i++;
  if (i < cps.length && !isNewline(cps, i)) while (i > end && !isSpace(cps.at(i))) i--;
  return i;
}

/** The paragraph holding a quote, as HTML with the quote in a <mark> that carries its offsets. */
export function passageHtml(cps: TextByCodePoints, start: number, end: number): string {
  const from = passageStart(cps, start);
  const to = passageEnd(cps, end);
  const before = (from > 0 && !isNewline(cps, from - 1) ? '…' : '') + slice(cps, from, start);
  const after = slice(cps, end, to) + (to < cps.length && !isNewline(cps, to) ? '…' : '');
  return `${escapeHtml(before)}<mark class="quote" data-char-start="${start}" data-char-end="${end}">${escapeHtml(slice(cps, start, end))}</mark>${escapeHtml(after)}`;
}

export interface Span {
  start: number;
  end: number;
  href: string;
  label: string;
}

/**
 * A whole text as HTML with every span marked and linked. Where spans overlap, the text they share is
 * cut into pieces; each piece links to the shortest span covering it (the most specific fact) and
 * says how many facts quote it. One sweep over the cuts, keeping the spans that cover the current piece.
 */
export function highlightedTextHtml(cps: TextByCodePoints, spans: Span[]): string {
  return [...highlightedTextPieces(cps, spans)].join('');
}

/** highlightedTextHtml in pieces, in order: a page can be written as they come, without the whole text as one string. */
export function* highlightedTextPieces(cps: TextByCodePoints, spans: Span[]): Generator<string> {
  const cuts = new Set<number>([0, cps.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= cps.length).sort((a, b) => a - b);
  const byStart = [...spans].sort((x, y) => x.start - y.start);
  let next = 0;
  let covering: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    while (next < byStart.length && byStart[next].start <= a) covering.push(byStart[next++]);
    covering = covering.filter((s) => s.end >= b);
    const text = escapeHtml(slice(cps, a, b));
    if (covering.length === 0) {
      yield text;
      continue;
    }
    const best = covering.reduce((x, y) => (shorterFirst(y, x) < 0 ? y : x));
    const many = covering.length > 1 ? ` (quoted by ${covering.length} facts)` : '';
    yield `<a class="hl${covering.length > 1 ? ' overlap' : ''}" href="${escapeHtml(best.href)}" title="${escapeHtml(best.label + many)}"><mark>${text}</mark></a>`;
  }
}

/** The order that picks the span a piece links to: shortest, then earliest, then by link. */
const shorterFirst = (x: Span, y: Span): number => x.end - x.start - (y.end - y.start) || x.start - y.start || x.href.localeCompare(y.href);
