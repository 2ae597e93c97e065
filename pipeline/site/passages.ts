/**
 * Source text cut into what the pages show, by Unicode code points (the offsets the records publish):
 * the passage around one quote with the quote marked, and a whole text with every quote marked.
 * Every piece of text is escaped here; the templates insert the result as it is.
 */
import Mustache from 'mustache';

export const escapeHtml = (text: string): string => Mustache.escape(text);

/** A source text as code points, so offsets index it directly. */
export type CodePoints = string[];

export const toCodePoints = (text: string): CodePoints => Array.from(text);

const slice = (cps: CodePoints, start: number, end: number): string => cps.slice(start, end).join('');

/** Longest stretch of context shown on either side of a quote, in code points. */
const maxContext = 400;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Where the passage around [start, end) begins: the start of its line, or a word start at most maxContext code points back. */
function passageStart(cps: CodePoints, start: number): number {
  let i = start;
  while (i > 0 && cps[i - 1] !== '\n' && start - i < maxContext) i--;
  if (i > 0 && cps[i - 1] !== '\n') while (i < start && !isSpace(cps[i - 1])) i++;
  return i;
}

/** Where the passage around [start, end) ends: the end of its line, or a word end at most maxContext code points on. */
function passageEnd(cps: CodePoints, end: number): number {
  let i = end;
  while (i < cps.length && cps[i] !== '\n' && i - end < maxContext) i++;
  if (i < cps.length && cps[i] !== '\n') while (i > end && !isSpace(cps[i])) i--;
  return i;
}

/** The paragraph holding a quote, as HTML with the quote in a <mark> that carries its offsets. */
export function passageHtml(cps: CodePoints, start: number, end: number): string {
  const from = passageStart(cps, start);
  const to = passageEnd(cps, end);
  const before = (from > 0 && cps[from - 1] !== '\n' ? '…' : '') + slice(cps, from, start);
  const after = slice(cps, end, to) + (to < cps.length && cps[to] !== '\n' ? '…' : '');
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
 * says how many facts quote it.
 */
export function highlightedTextHtml(cps: CodePoints, spans: Span[]): string {
  const cuts = new Set<number>([0, cps.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= cps.length).sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const text = escapeHtml(slice(cps, a, b));
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      out.push(text);
      continue;
    }
    const best = [...covering].sort((x, y) => x.end - x.start - (y.end - y.start) || x.start - y.start || x.href.localeCompare(y.href))[0];
    const many = covering.length > 1 ? ` (quoted by ${covering.length} facts)` : '';
    out.push(`<a class="hl${covering.length > 1 ? ' overlap' : ''}" href="${escapeHtml(best.href)}" title="${escapeHtml(best.label + many)}"><mark>${text}</mark></a>`);
  }
  return out.join('');
}
