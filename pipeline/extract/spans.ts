/** Offsets and stretches of text shared by the extraction rules. Offsets are UTF-16 indices into the article. */
import type { MoneyMention } from './amounts.ts';

export interface Span { start: number; end: number }

/** Whether a span lies inside [s, e). */
export function within(m: Span, s: number, e: number): boolean {
  return m.start >= s && m.end <= e;
}

/** The items inside a clause. */
export function withinClause<T extends Span>(xs: T[], clause: Span): T[] {
  return xs.filter((x) => within(x, clause.start, clause.end));
}

/**
 * `text.indexOf(ch, from)` when the answer is at most `last`, else -1: the search stops at `last`, so looking for
 * a comma in a clause costs the clause, not the rest of the article.
 */
export function indexUpTo(text: string, ch: string, from: number, last: number): number {
  const end = Math.min(last, text.length - 1);
  for (let i = Math.max(from, 0); i <= end; i++) if (text[i] === ch) return i;
  return -1;
}

/** `text.lastIndexOf(ch, at)` when the answer is at least `first`, else -1: the search stops at `first`. */
export function lastIndexDownTo(text: string, ch: string, at: number, first: number): number {
  for (let i = Math.min(Math.max(at, 0), text.length - 1); i >= first; i--) if (text[i] === ch) return i;
  return -1;
}

/** The comma-delimited stretch of a clause around [from, to): the small proposition a trigger belongs to. */
export function segmentAround(text: string, clause: Span, from: number, to: number): [number, number] {
  const comma = indexUpTo(text, ',', to, clause.end);
  return [Math.max(clause.start, lastIndexDownTo(text, ',', from - 1, clause.start) + 1), comma < 0 ? clause.end : comma];
}

/** The amount of a trigger: the nearest in its own comma-delimited stretch, else the nearest in the clause. */
export function amountNearTrigger(text: string, clause: Span, trigger: Span, money: MoneyMention[]): MoneyMention | undefined {
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  const distance = (m: Span) => (m.start >= trigger.end ? m.start - trigger.end : Math.max(0, trigger.start - m.end));
  const own = money.filter((m) => within(m, from, to));
  return [...(own.length ? own : money)].sort((a, b) => distance(a) - distance(b))[0];
}
